"""One line about a document shows what most citers say of it, not the alphabetically first
saying (a user trial: `vbgraph search "chuyển đổi số"` showed 57-NQ/TW "về thúc đẩy phát triển
nông nghiệp và du lịch tại tỉnh Tây Ninh", one citer's misreading, before eleven readings of
"đột phá phát triển khoa học, công nghệ, …": 't' sorts before 'đ')."""

from __future__ import annotations

from api import present
from api.views import view_node
from graph.model import ISSUER, SUBJECT, Fact, Node

_RIGHT = "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"
_STRAY = "thúc đẩy phát triển nông nghiệp và du lịch tại tỉnh Tây Ninh"


def _node() -> Node:
    facts = [Fact(SUBJECT, _STRAY, "doc-a")]
    facts += [Fact(SUBJECT, _RIGHT, f"doc-{i}") for i in range(3)]
    facts += [Fact(ISSUER, "tỉnh", "doc-a")]
    facts += [Fact(ISSUER, "Bộ Chính trị", f"doc-{i}") for i in range(3)]
    return Node("57-NQ/TW", canonical="57-NQ/TW", kind="NQ", number="57", issuer="TW",
                facts=tuple(facts))  # fmt: skip


def test_the_most_said_subject_and_body_come_first() -> None:
    node = _node()
    assert present.about(node) == _RIGHT
    assert present.summary(node).subject == _RIGHT
    assert present.issuing_bodies(node)[0] == "Bộ Chính trị"
    assert node.head.ranked(SUBJECT) == node.ranked(SUBJECT) == (_RIGHT, _STRAY)
    assert node.subjects == tuple(sorted((_RIGHT, _STRAY)))  # the full list stays sorted


def test_the_view_shows_the_most_said_subject() -> None:
    assert view_node(_node()).subject == _RIGHT


def test_ties_fall_back_to_sorted_order() -> None:
    node = Node("1-KH/TU", facts=(Fact(SUBJECT, "b", "d1"), Fact(SUBJECT, "a", "d2")))
    assert node.ranked(SUBJECT) == ("a", "b")
