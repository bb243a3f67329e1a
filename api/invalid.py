"""What pydantic says of an invalid value (a request's parameter, a setting from the
environment), in Vietnamese beside pydantic's English."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

# By pydantic's kind of error; its `ctx` fills the braces.
_INVALID_VI = {
    "missing": "thiếu giá trị bắt buộc",
    "string_too_long": "dài quá {max_length} ký tự",
    "string_too_short": "cần ít nhất {min_length} ký tự",
    "too_long": "quá {max_length} phần tử",
    "too_short": "cần ít nhất {min_length} phần tử",
    "string_pattern_mismatch": "không đúng dạng {pattern}",
    "less_than_equal": "phải nhỏ hơn hoặc bằng {le}",
    "less_than": "phải nhỏ hơn {lt}",
    "greater_than_equal": "phải lớn hơn hoặc bằng {ge}",
    "greater_than": "phải lớn hơn {gt}",
    "int_parsing": "phải là số nguyên",
    "int_from_float": "phải là số nguyên",
    "float_parsing": "phải là số",
    "bool_parsing": "phải là true hoặc false",
    "literal_error": "phải là một trong {expected}",
    "enum": "phải là một trong {expected}",
    "string_type": "phải là chuỗi chữ",
    "list_type": "phải là danh sách",
    "json_invalid": "không phải JSON hợp lệ",
}


def invalid_vi(error: Mapping[str, Any]) -> str:
    """One of pydantic's errors, in Vietnamese."""
    template = _INVALID_VI.get(str(error.get("type", "")), "giá trị không hợp lệ")
    ctx = dict(error.get("ctx") or {})
    if "expected" in ctx:  # "'embedded', 'neo4j' or 'sqlite'"
        ctx["expected"] = str(ctx["expected"]).replace(" or ", " hoặc ")
    try:
        return template.format(**ctx)
    except (KeyError, IndexError, ValueError):
        return "giá trị không hợp lệ"


def invalid_said(errors: Sequence[Mapping[str, Any]]) -> tuple[str, str]:
    """The first of pydantic's `errors`, where it is and what is wrong: (Vietnamese, English).

    >>> invalid_said([{"type": "missing", "loc": ("query", "code"), "msg": "Field required"}])
    ('query.code: thiếu giá trị bắt buộc', 'query.code: Field required')
    """
    if not errors:
        return "yêu cầu không hợp lệ", "invalid input"
    where = ".".join(str(p) for p in errors[0].get("loc", ()))
    return f"{where}: {invalid_vi(errors[0])}", f"{where}: {errors[0].get('msg', '')}"
