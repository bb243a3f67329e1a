"""Draw an already-queried citation subgraph as a self-contained HTML page (vis-network)."""

from viz.model import ViewEdge, ViewGraph, ViewNode, from_networkx
from viz.render import render_html

__all__ = ["ViewEdge", "ViewGraph", "ViewNode", "from_networkx", "render_html"]
