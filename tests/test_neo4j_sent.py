"""Lists sent as query parameters (graph.neo4j_kept.Sent): the same Bolt bytes as the lists,
a repr of their length only (the driver builds its debug line of every RUN from the repr of
all the parameters, logging on or not). No server needed."""

from __future__ import annotations

from typing import Any

from neo4j._codec.packstream.v1 import PackableBuffer, Packer

from graph.neo4j_kept import Sent, sent_params


def _packed(value: Any) -> bytes:
    buffer = PackableBuffer()
    Packer(buffer).pack(value)
    return bytes(buffer.data)


ROWS = [
    [{"key": "62-KL/TW", "codes": ["62-KL/TW"], "level": "central", "cited": 3}],
    [["05/2024/NĐ-CP", None, 1.5, True, ["a", "b"]]],
]


def test_sent_lists_pack_as_the_lists_do() -> None:
    assert _packed({"rows": Sent(ROWS), "n": 2}) == _packed({"rows": ROWS, "n": 2})
    assert Sent(ROWS) == ROWS


def test_sent_params_show_only_how_many_items() -> None:
    params = sent_params({"rows": ROWS * 1000, "key": "62-KL/TW", "limit": 5})
    assert repr(params) == "{'rows': <2000 items>, 'key': '62-KL/TW', 'limit': 5}"
    assert params["rows"] == ROWS * 1000


def test_a_bulk_upsert_row_names_every_property_a_node_row_sets() -> None:
    """`SET n += row` of a bulk upsert removes a property only when the row names it (None):
    so a row names every property `_node_row` can set, the ones a head lacks as None."""
    from graph.model import Head
    from graph.neo4j_store import _full_row, _node_row, _report_props, _search_props

    head = Head("160-TB/TW", canonical="160-TB/TW")
    possible = {*head.to_row(), *_search_props(head), *_report_props(head), "codes_text"}
    row = _full_row(head)
    assert set(row) == possible
    assert {k: v for k, v in row.items() if v is not None} == _node_row(head)
