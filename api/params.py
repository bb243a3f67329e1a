"""Query parameters shared by several routes, declared once with their bounds and examples."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from graph.lineage import MAX_DEPTH
from ingest.relations import RelationType

MAX_WALK_LIMIT = 10_000
MAX_WALK_OFFSET = 100_000  # a walk this deep is read whole for each page

Code = Annotated[
    str,
    Query(
        min_length=1,
        max_length=200,
        description='A code as typed ("62-KL/TW", "62 KL TW") or a node key',
        examples=["62-KL/TW"],
    ),
]
Depth = Annotated[
    int, Query(ge=1, le=MAX_DEPTH, description=f"Longest chain followed, 1 to {MAX_DEPTH}")
]
Types = Annotated[
    list[RelationType] | None,
    Query(description="Edge types to follow (repeat the parameter); default IMPLEMENTS, REVIEWS"),
]
WalkLimit = Annotated[int, Query(ge=1, le=MAX_WALK_LIMIT, description="Most documents returned")]
Offset = Annotated[
    int,
    Query(
        ge=0,
        le=MAX_WALK_OFFSET,
        description="Documents of the walk to skip: the `next_offset` of the page before",
    ),
]
