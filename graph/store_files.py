"""The file names the embedded stores keep in their data directory.

Kept apart from the stores themselves so that naming a file (the CLI's "empty store" notice,
the SQLite store's look for an embedded graph to copy) does not import networkx.
"""

from __future__ import annotations

EMBEDDED_FILE = "graph.json"
EMBEDDED_JOURNAL = "graph.journal"
SQLITE_FILE = "graph.sqlite"
