"""Settings for every test: hypothesis checks properties, not speed.

Timings belong to the benchmarks in bench/; a deadline per example fails at random on a busy
shared machine (a first example that pays for an import).
"""

from hypothesis import settings

settings.register_profile("vbgraph", deadline=None)
settings.load_profile("vbgraph")
