"""Faster construction of frozen value classes (`dataclass(frozen=True, slots=True)`).

A frozen dataclass's `__init__` sets each field through `object.__setattr__` (its own
`__setattr__` refuses), a slow call in CPython 3.11: a ten-field value took twice as long to
make as through its slots' own descriptors. Extraction makes some ninety values a document
(references, their tails, codes, relations) and the writer of `vbgraph ingest` some hundred and
twenty more (facts, heads, edges); `quick_init` gives a class an `__init__` that sets its slots
directly, with the same parameters, defaults and `__post_init__` call.
"""

from __future__ import annotations

import dataclasses
import types
from typing import Any, TypeVar

_Value = TypeVar("_Value", bound=type)


class _Default:
    """The default of a parameter whose field has a default factory (called when not given)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Default()


def quick_init(cls: _Value) -> _Value:
    """Give the frozen slots dataclass `cls` an `__init__` that sets its fields through their
    slots (what the dataclass's own does, without `object.__setattr__`).

    Every field must be given to `__init__` positionally, or be left out of it with no default
    (set by `__post_init__`): a class with a keyword-only field, an init-only variable or a
    field left out with a default is refused, so no field is set otherwise than before.

    >>> @quick_init
    ... @dataclasses.dataclass(frozen=True, slots=True)
    ... class Point:
    ...     x: int
    ...     y: int = 0
    ...     tags: list[str] = dataclasses.field(default_factory=list)
    >>> Point(1), Point(1, 2, ["a"]) == Point(1, y=2, tags=["a"])
    (Point(x=1, y=0, tags=[]), True)
    """
    declared = getattr(cls, "__dataclass_fields__", {})
    params = getattr(cls, "__dataclass_params__", None)
    if "__slots__" not in cls.__dict__ or params is None or not params.frozen:
        raise TypeError(f"{cls.__name__}: not a frozen slots dataclass")
    if len(declared) != len(dataclasses.fields(cls)):  # (an InitVar or a ClassVar)
        raise TypeError(f"{cls.__name__}: a pseudo-field")
    names: dict[str, Any] = {"_FACTORY": _FACTORY}
    signature, body = ["self"], []
    for f in dataclasses.fields(cls):
        setter = getattr(cls, f.name, None)
        unset = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if not f.init and unset:
            continue  # (set by __post_init__)
        if f.kw_only or not f.init or not isinstance(setter, types.MemberDescriptorType):
            raise TypeError(f"{cls.__name__}.{f.name}: not a positional field with a slot")
        names[f"_set_{f.name}"] = setter.__set__
        value = f.name
        if f.default is not dataclasses.MISSING:
            names[f"_default_{f.name}"] = f.default
            signature.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            signature.append(f"{f.name}=_FACTORY")
            value = f"_factory_{f.name}() if {f.name} is _FACTORY else {f.name}"
        else:
            signature.append(f.name)
        body.append(f"    _set_{f.name}(self, {value})\n")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()\n")
    source = f"def __init__({', '.join(signature)}):\n{''.join(body)}"
    exec(source, names)  # noqa: S102 - the source is made here from the field names only
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    setattr(cls, "__init__", init)  # noqa: B010 - (a class's __init__: mypy refuses the assignment)
    return cls
