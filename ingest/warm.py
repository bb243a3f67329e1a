"""Load once what every extraction needs, for a process that others are forked from.

The extraction workers of `vbgraph ingest --jobs N`, when they are not copies of the writer
(`api.ingest_run.start_method`), fork from a forkserver that imports this module
(`api.ingest_run.worker_pool`): the gazetteer's data is read there once, and each worker
starts with it instead of reading it again.
"""

from __future__ import annotations

from ingest.gazetteer import gazetteer

gazetteer()
