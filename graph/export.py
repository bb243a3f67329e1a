"""Export the whole graph or one lineage as GraphML, GEXF, CSV (neo4j-admin import format) or
JSON. Selecting what to export (`select`) is apart from writing it (`write_*`).

GraphML and GEXF hold plain scalars only: lists become "; "-joined strings, None is left
out. The CSV pair loads with ``neo4j-admin database import full --nodes=nodes.csv
--relationships=edges.csv``; list properties use neo4j-admin's default array delimiter ";".
Written as files (`write_csv`, `vbgraph export --format csv`), each starts with a UTF-8 byte
order mark unless asked not to (`BOM`).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from graph.lineage import LINEAGE_TYPES, Subgraph, down, up
from graph.model import Edge, Node
from graph.reports._common import document_date
from graph.store import GraphStore

if TYPE_CHECKING:  # imported where a graph is built: every `vbgraph` command loads this module
    import networkx as nx

Format = Literal["graphml", "gexf", "csv", "json"]
FORMATS: tuple[Format, ...] = ("graphml", "gexf", "csv", "json")
MEDIA_TYPES: dict[Format, str] = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "csv": "application/zip",
    "json": "application/json",
}
# neo4j-admin import headers: (column, property in `_node_props`)
NODE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("key:ID", "key"), ("code", "code"), ("level", "level"), ("kind", "kind"),
    ("family", "family"), ("number", "number"), ("issuer", "issuer"),
    ("province", "province"), ("district", "district"), ("commune", "commune"),
    ("date", "date"), ("dates:string[]", "dates"), ("terms:string[]", "terms"),
    ("aliases:string[]", "aliases"), ("alternatives:string[]", "alternatives"),
    ("qualified:boolean", "qualified"), ("stub:boolean", "stub"), ("host_doc", "host_doc"),
    ("title", "title"), ("sources:string[]", "sources"),
)  # fmt: skip
# `uncertain`: the citing text names the target's code without a date and several documents
# bear it; `candidates` lists them all (the edge stands to each; see `Edge.candidates`).
EDGE_COLUMNS = (
    ":START_ID", ":END_ID", ":TYPE", "label", "evidence", "doc", "path", "uncertain:boolean",
    "candidates:string[]",
)  # fmt: skip
ARRAY_DELIMITER = ";"
# Excel opens a CSV file as UTF-8 only when it starts with a byte order mark; without one it
# reads the system's code page ("Kết luận" shows as "Káº¿t luáº­n"). neo4j-admin import
# (org.neo4j.csv.reader.Magic.BOM_UTF_8), pandas and Python's "utf-8-sig" skip the mark.
BOM = "\ufeff"
_LIST_PROPS = ("dates", "terms", "aliases", "alternatives", "sources", "subjects")


def select(store: GraphStore, key: str | None = None) -> Subgraph:
    """Return the whole graph (`key` None) or `key`'s lineage: the document, everything it
    implements (up) and everything implementing it (down), with every edge among them.

    Raises
    ------
    DocumentNotFound
        If `key` is given and not in `store`.
    """
    if key is None:
        nodes = {n.key: n for n in store.iter_nodes()}
        edges = [e for e in store.iter_edges() if e.source in nodes and e.target in nodes]
        truncated = False
    else:
        ups, downs = up(store, key, types=LINEAGE_TYPES), down(store, key, types=LINEAGE_TYPES)
        nodes = store.nodes_by_key({key} | ups.keys | downs.keys)
        edges = [e for e in store.out_edges(sorted(nodes)) if e.target in nodes]
        truncated = ups.truncated or downs.truncated
    ordered = sorted(edges, key=lambda e: e.id)
    return Subgraph(tuple(nodes[k] for k in sorted(nodes)), tuple(ordered), truncated)


def _node_props(n: Node) -> dict[str, Any]:
    day = document_date(n)
    return {
        "key": n.key,
        "code": n.canonical,
        "level": n.level.value,
        "kind": n.kind,
        "family": n.family,
        "number": n.number,
        "issuer": n.issuer,
        "province": n.place.province,
        "district": n.place.district,
        "commune": n.place.commune,
        "date": day.isoformat() if day else None,
        "dates": list(n.dates),
        "terms": list(n.terms),
        "subjects": list(n.subjects),
        "aliases": list(n.aliases),
        "alternatives": list(n.alternatives),
        "qualified": n.qualified,
        "stub": n.stub,
        "host_doc": n.host_doc,
        "title": n.title,
        "sources": list(n.sources),
    }


def _edge_props(e: Edge) -> dict[str, Any]:
    return {
        "type": e.type.value,
        "label": e.label,
        "doc": e.doc,
        "path": e.path,
        "evidence": [ev.text for ev in e.evidence],
        "uncertain": bool(e.candidates),
        "candidates": list(e.candidates),
    }


def _scalars(props: dict[str, Any]) -> dict[str, str | bool]:
    """Lists joined with "; ", None dropped: what GraphML and GEXF can hold."""
    out: dict[str, str | bool] = {}
    for name, value in props.items():
        if value is None:
            continue
        if isinstance(value, list):
            out[name] = "; ".join(str(v) for v in value)
        else:
            out[name] = value if isinstance(value, bool) else str(value)
    return out


def to_networkx(graph: Subgraph) -> nx.MultiDiGraph:  # type: ignore[type-arg]
    """A MultiDiGraph with scalar attributes; edge keys are the edges' ids."""
    import networkx as nx

    g: nx.MultiDiGraph = nx.MultiDiGraph()  # type: ignore[type-arg]
    for n in graph.nodes:
        g.add_node(n.key, **_scalars(_node_props(n)))
    for e in graph.edges:
        g.add_edge(e.source, e.target, key=e.id, **_scalars(_edge_props(e)))
    return g


def write_file(graph: Subgraph, fmt: Format, path: str | Path) -> Path:
    """Write the graphml, gexf or json export of `graph` to `path` and return it."""
    if fmt == "csv":
        raise ValueError("csv is a pair of files: use write_csv")
    out = Path(path)
    out.write_bytes(export_bytes(graph, fmt))
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in value)
    return str(value)


def csv_tables(graph: Subgraph) -> tuple[str, str]:
    """The text of nodes.csv and edges.csv (neo4j-admin import headers; label ``Document``,
    plus ``Stub`` for cited-only documents)."""
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow([c for c, _ in NODE_COLUMNS] + [":LABEL"])
    for n in graph.nodes:
        props = _node_props(n)
        labels = "Document;Stub" if n.stub else "Document"
        w.writerow([_cell(props[p]) for _, p in NODE_COLUMNS] + [labels])
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(EDGE_COLUMNS)
    for e in graph.edges:
        evidence = "; ".join(ev.text for ev in e.evidence)
        w.writerow([e.source, e.target, e.type.value, e.label, evidence, e.doc, e.path or "",
                    _cell(bool(e.candidates)), _cell(list(e.candidates))])  # fmt: skip
    return nodes.getvalue(), edges.getvalue()


def csv_paths(dest: str | Path) -> tuple[Path, Path]:
    """Where `write_csv` puts the pair: inside `dest` if it is a directory or ends in "/";
    else `dest` is a prefix: ``out/62-`` → ``out/62-nodes.csv``, ``out/62`` →
    ``out/62-nodes.csv``."""
    text = str(dest)
    if text.endswith(("/", "\\")) or Path(dest).is_dir():
        folder = Path(dest)
        return folder / "nodes.csv", folder / "edges.csv"
    sep = "" if text.endswith(("-", "_", ".")) else "-"
    return Path(f"{text}{sep}nodes.csv"), Path(f"{text}{sep}edges.csv")


def write_csv(graph: Subgraph, dest: str | Path, *, bom: bool = False) -> tuple[Path, Path]:
    """Write nodes.csv and edges.csv (see `csv_paths` for where) and return both paths;
    `bom`: each starts with a UTF-8 byte order mark (`BOM`: what Excel needs)."""
    nodes_path, edges_path = csv_paths(dest)
    nodes_path.parent.mkdir(parents=True, exist_ok=True)
    mark = BOM if bom else ""
    for path, text in zip((nodes_path, edges_path), csv_tables(graph), strict=True):
        path.write_text(mark + text, encoding="utf-8")
    return nodes_path, edges_path


def as_json(graph: Subgraph) -> dict[str, Any]:
    """Nodes and edges as plain dicts (``Node.as_dict``, ``Edge.as_dict``), each edge with
    `uncertain` beside the candidates its evidence lists."""
    data = graph.as_dict()
    for edge, e in zip(data["edges"], graph.edges, strict=True):
        edge["uncertain"] = bool(e.candidates)
    return data


def json_bytes(data: Any) -> bytes:
    """UTF-8 JSON, Vietnamese kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def export_bytes(graph: Subgraph, fmt: Format, *, bom: bool = False) -> bytes:
    """The export as one file's bytes (csv: a zip holding nodes.csv and edges.csv, each
    starting with a UTF-8 byte order mark when `bom`, as `write_csv` writes them)."""
    if fmt == "json":
        return json_bytes(as_json(graph))
    if fmt == "csv":
        buf = io.BytesIO()
        mark = BOM if bom else ""
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            nodes_text, edges_text = csv_tables(graph)
            z.writestr("nodes.csv", mark + nodes_text)
            z.writestr("edges.csv", mark + edges_text)
        return buf.getvalue()
    import networkx as nx

    g = to_networkx(graph)
    lines: Iterable[str]
    if fmt == "graphml":
        lines = nx.generate_graphml(g)
    elif fmt == "gexf":
        for _, _, data in g.edges(data=True):
            data["label"] = data.get("label") or data.get("type", "")
        lines = nx.generate_gexf(g)
    else:
        raise ValueError(f"unknown export format {fmt!r} ({', '.join(FORMATS)})")
    return ("\n".join(lines) + "\n").encode("utf-8")
