"""The stored spelling of an edge's evidence (`graph.model.encode_evidence`, which orjson writes
from the dataclasses) is the JSON of `EdgeEvidence.as_dict`, the spelling the API shows: the
two must not drift apart when a field is added to one of them."""

from __future__ import annotations

from dataclasses import fields

import orjson
from hypothesis import given
from hypothesis import strategies as st

from graph.model import EdgeEvidence, encode_evidence

_TEXT = st.text(max_size=40)
_EVIDENCE = st.builds(
    EdgeEvidence,
    start=st.integers(min_value=0, max_value=10**7),
    end=st.integers(min_value=0, max_value=10**7),
    text=_TEXT,
    position=st.sampled_from(["body", "lead", "title"]),
    label=_TEXT,
    cue=st.none() | _TEXT,
    provision=st.none() | _TEXT,
    candidates=st.lists(_TEXT, max_size=3).map(tuple),
)


def test_as_dict_names_every_field_in_order() -> None:
    ev = EdgeEvidence(0, 1, "x")
    assert list(ev.as_dict()) == [f.name for f in fields(EdgeEvidence)]


def test_a_sentence_of_real_text_is_stored_as_shown() -> None:
    ev = EdgeEvidence(
        120, 135, "Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị, …",
        label="thực hiện / implements", cue="thuc hien", provision="Điều 8",
        candidates=("62-KL/TW@2009", "62-KL/TW@2023"),
    )  # fmt: skip
    assert encode_evidence([ev]) == orjson.dumps([ev.as_dict()]).decode()


@given(st.lists(_EVIDENCE, max_size=4))
def test_stored_spelling_is_the_json_of_as_dict(evidence: list[EdgeEvidence]) -> None:
    assert encode_evidence(evidence) == orjson.dumps([e.as_dict() for e in evidence]).decode()
