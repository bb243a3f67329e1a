"""Numbering scopes: Party codes restart each term, State codes without a year each year.

"35-CT/TW" of 30 May 2019 (term XII) and of 14 June 2024 (term XIII) are two directives; so are
"16/CT-TTg" of 2020 and of 2021 (DOMAIN §10.5). The graph keys such a code by its scope
(`graph.identity`), and extraction keeps an edge between two documents that share a code.
"""

from __future__ import annotations

from datetime import date, timedelta

from ingest.codes import DocumentCode, Family

# Central (national) Party terms: (first day, term). Only the 14th is verified (DOMAIN §6.2);
# the others are to the nearest week.
CENTRAL_TERMS: tuple[tuple[date, str], ...] = (
    (date(2001, 4, 22), "IX"),
    (date(2006, 4, 25), "X"),
    (date(2011, 1, 19), "XI"),
    (date(2016, 1, 28), "XII"),
    (date(2021, 2, 1), "XIII"),
    (date(2026, 1, 23), "XIV"),
)
# Local (province/district/commune) terms start when the congresses end, about October of
# every fifth year (2010, 2015, 2020, 2025); earlier documents fall in the previous term.
LOCAL_TERM_START_MONTH_DAY = (10, 31)
# Two dates of one code name two documents only this far apart: a year misprinted by one
# ("ngày 10/3/2021" for 2020) must not split a document in two.
REUSE_MIN_DAYS = 366


_ROMAN = (("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def _roman(n: int) -> str:
    out = ""
    for numeral, value in _ROMAN:
        while n >= value:
            out, n = out + numeral, n - value
    return out


# The central terms a citation may name: "khóa I" to the latest one known.
_NAMED_TERMS = {_roman(n): _roman(n) for n in range(1, 15)}
_NAMED_TERMS.update({str(n): _roman(n) for n in range(1, 15)})


def named_central_term(code: DocumentCode, term: str | None) -> str | None:
    """The numbering scope a citation's "khóa …" gives a central Party code: "Chỉ thị số
    05-CT/TƯ của Bộ Chính trị khóa XII" is the directive of term XII, as a date in that term
    would say. None for a code of another family or a local one (a local committee's "khóa
    XXVI" is no central term and `local_term` scopes are years), and for a term no central
    committee had.

    >>> from ingest.normalize import parse_code
    >>> ct05 = parse_code("05-CT/TW")
    >>> named_central_term(ct05, "12"), named_central_term(ct05, "xii")
    ('XII', 'XII')
    >>> named_central_term(parse_code("05-CT/TU"), "XII") is None
    True
    """
    if term is None or code.family is not Family.PARTY or not code.is_central:
        return None
    return _NAMED_TERMS.get(term.strip().upper())


def central_term(day: date) -> str:
    """The national Party term a date falls in ("XIII" for 2022-05-01)."""
    term = "VIII"
    for start, name in CENTRAL_TERMS:
        if day >= start:
            term = name
    return term


def local_term(day: date) -> str:
    """The local Party term a date falls in ("2020-2025" for 2021-07-09)."""
    month, dd = LOCAL_TERM_START_MONTH_DAY
    first = day.year - day.year % 5
    if day <= date(first, month, dd):
        first -= 5
    return f"{first}-{first + 5}"


def scope_of(code: DocumentCode, day: date | None) -> str | None:
    """The numbering scope of a dated code: Party term, or year for a State code without one."""
    if day is None:
        return None
    if code.family is Family.PARTY:
        return central_term(day) if code.is_central else local_term(day)
    return None if code.year else str(day.year)


def reused(code: DocumentCode, one: date | None, other: date | None) -> bool:
    """Whether `code` dated `one` and dated `other` are two documents: the dates fall in two
    numbering scopes and more than a year apart."""
    if one is None or other is None or abs((one - other).days) < REUSE_MIN_DAYS:
        return False
    first, second = scope_of(code, one), scope_of(code, other)
    return first is not None and second is not None and first != second


def scope_start(scope: str) -> date | None:
    """The first day of a numbering scope `scope_of` gives: a central term's ("XIII": 1 Feb
    2021), a local term's (the day after its congresses end: "2020-2025" → 1 Nov 2020) or a
    year's (1 January); None for a term before the first one known ("VIII").

    >>> scope_start("XIII"), scope_start("2020-2025"), scope_start("2021")
    (datetime.date(2021, 2, 1), datetime.date(2020, 11, 1), datetime.date(2021, 1, 1))
    """
    for start, name in CENTRAL_TERMS:
        if name == scope:
            return start
    first, dash, _ = scope.partition("-")
    if not first.isdigit():
        return None
    if not dash:
        return date(int(first), 1, 1)
    month, day = LOCAL_TERM_START_MONTH_DAY
    return date(int(first), month, day) + timedelta(days=1)


def restarts(code: DocumentCode) -> bool:
    """Whether `code`'s numbering restarts, so that it may name one document per scope (a Party
    code each term, a State code without a year each year): `scope_of` gives it a scope."""
    return code.family is Family.PARTY or not code.year
