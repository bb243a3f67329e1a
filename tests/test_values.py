"""`ingest.values.quick_init`: the same values as the frozen dataclass's own `__init__`."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from typing import Any

import pytest

from graph.identity import Issuer
from graph.model import Edge, EdgeEvidence, Fact, Head, Node
from ingest.codes import DocumentCode
from ingest.context import CitationTail, Span
from ingest.find import CodeMatch, ShortMatch
from ingest.models import Evidence, Place, Reference, Relation
from ingest.relations import Classification
from ingest.values import quick_init

QUICK = (Evidence, Place, Reference, Relation, DocumentCode, Span, CitationTail, CodeMatch,
         ShortMatch, Classification, Fact, Head, Node, EdgeEvidence, Edge, Issuer)  # fmt: skip


def _twin(cls: type) -> type:
    """A frozen slots dataclass with the fields of `cls`, keeping the dataclass's own
    `__init__` (and `cls`'s `__post_init__`)."""
    fields = {f.name for f in dataclasses.fields(cls)}
    ns: dict[str, Any] = {k: v for k, v in vars(cls).items()
                          if k not in fields and (not k.startswith("__") or k == "__post_init__")}
    specs = [(f.name, f.type, f) for f in dataclasses.fields(cls)]
    fresh = [(n, t, dataclasses.field(default=f.default, default_factory=f.default_factory,
                                      init=f.init, repr=f.repr, compare=f.compare))
             for n, t, f in specs]  # fmt: skip
    return dataclasses.make_dataclass(f"{cls.__name__}Twin", fresh, namespace=ns, frozen=True,
                                      slots=True)  # fmt: skip


def _state(obj: object) -> tuple[Any, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", QUICK, ids=lambda c: c.__name__)
def test_quick_init_keeps_the_parameters(cls: type) -> None:
    """Same names, order, kinds and defaults as the dataclass's `__init__`."""
    mine = list(inspect.signature(cls).parameters.values())
    theirs = list(inspect.signature(_twin(cls)).parameters.values())
    assert [(p.name, p.kind) for p in mine] == [(p.name, p.kind) for p in theirs]
    for a, b in zip(mine, theirs, strict=True):
        if b.default is inspect.Parameter.empty:
            assert a.default is inspect.Parameter.empty
        elif repr(b.default) == "<factory>":
            assert repr(a.default) == "<factory>"
        else:
            assert a.default is b.default


@pytest.mark.parametrize("cls", QUICK, ids=lambda c: c.__name__)
def test_quick_init_makes_the_same_value(cls: type) -> None:
    """Built from one set of arguments, the value equals the dataclass's, field by field,
    with the defaults and default factories left to fill the rest (and pickles alike)."""
    twin = _twin(cls)
    params = list(inspect.signature(twin).parameters.values())
    required = [p for p in params if p.default is inspect.Parameter.empty]
    samples = {"start": 3, "end": 9, "family": None}
    args = [_sample(cls, p.name, samples) for p in required]
    expected, got = twin(*args), cls(*args)
    assert _state(got) == _state(expected)
    assert pickle.loads(pickle.dumps(got)) == got
    every = {p.name: _sample(cls, p.name, samples) for p in params}  # defaults overridden
    assert _state(cls(**every)) == _state(twin(**every))


def _sample(cls: type, name: str, given: dict[str, Any]) -> Any:
    if cls is DocumentCode and name == "family":
        from ingest.codes import Family

        return Family.PARTY
    if name in given:
        return given[name]
    if cls is Relation and name == "evidence":
        return Evidence(0, 3, "abc")
    if name in ("type",) and cls in (Relation, Edge):
        from ingest.relations import RelationType

        return RelationType.IMPLEMENTS
    if name in ("span",):
        return Span(0, 1)
    if name in ("code",) and cls in (CodeMatch,):
        from ingest.codes import Family

        return DocumentCode("62", "KL", "TW", Family.PARTY)
    return f"{name}-value"


def test_quick_init_keeps_defaults_factories_and_post_init() -> None:
    @quick_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Value:
        a: int
        b: str = "b"
        c: list[int] = dataclasses.field(default_factory=list)
        d: int = dataclasses.field(init=False, repr=False, compare=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "d", self.a * 2)

    v, w = Value(1), Value(1)
    assert (v.a, v.b, v.c, v.d) == (1, "b", [], 2)
    assert v.c is not w.c  # a fresh list each time
    assert Value(1, c=[5]).c == [5] and Value(a=2, b="x").b == "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.a = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Value()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Value(1, "b", [], 4)  # type: ignore[call-arg]


def test_quick_init_refuses_what_it_would_set_otherwise() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class KeywordOnly:
        a: int = dataclasses.field(kw_only=True)

    @dataclasses.dataclass(frozen=True, slots=True)
    class LeftOutWithDefault:
        a: int = dataclasses.field(init=False, default=1)

    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        a: int

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    for cls in (KeywordOnly, LeftOutWithDefault, NotFrozen, NoSlots):
        with pytest.raises(TypeError):
            quick_init(cls)
