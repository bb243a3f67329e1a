"""Laws cited by their name: "Luật Doanh nghiệp năm 2020", "Bộ luật Lao động ngày 20 tháng 11
năm 2019", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015".

State texts name laws by title and year far more often than by number. A name is resolved to
the law's code through the table `ingest/data/laws.tsv` (number, name, date passed; built by
`scripts/build_law_table.py` from official texts) only when the text gives the year and one
law of that name was passed that year: titles repeat across years (Luật Đất đai of 2003, 2013
and 2024). A name without a year is never guessed from the table; it is read as the law the
same text names in full ("Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014; … Nghị định quy định
chi tiết … Luật Hải quan"), when the text stands on exactly one law of that title (its "Căn
cứ" lines), or else names exactly one with its year or its number ("Luật Đất đai số
45/2013/QH13"; DOMAIN.md §0.9: short references are resolved within their document, never
globally): a decree on Luật Đất đai 2024 that recalls
"Luật Đất đai năm 2013" in a transitional article still means the 2024 law by the bare name.
A name the table does not know stays a plain word of the text. Names in a legal site's notes
("[Điều này hết hiệu lực bởi … Luật Đường sắt 2025 …]") are the site's, and resolve nothing
else.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ingest.codes import DocumentCode
from ingest.context import site_note_at
from ingest.normalize import parse_code
from ingest.text import NormalizedText, shadow_of

_MAX_TITLE_WORDS = 18
# What may follow a law's name to date it: "năm 2019", "ngày 19 tháng 6 năm 2015", "ngày
# 19/6/2015", ", 2024", "2024" (shadow text).
_YEAR_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:ngay\s+\d{1,2}\s*"
    r"(?:thang\s+\d{1,2}\s*,?\s*nam\s+|[/.\-]\s*\d{1,2}\s*[/.\-]\s*)(?P<dated>(?:19|20)\d\d)"
    r"|nam\s+(?P<year>(?:19|20)\d\d)|(?P<bare>(?:19|20)\d\d))(?![\d/])"
)
# A line wrapped between a name and its date, the date going on in lower case (normalized text).
_WRAPPED_DATE = re.compile(r"[ \t]*\n[ \t]*(?=ngày\s)")
_WORD = re.compile(r"[a-z0-9]+")
_NAME_BREAK = re.compile(r"[\n;(]")
# A number right after a name gives the law itself ("Luật Hải quan số 54/2014/QH13"): the name
# adds nothing to the code's own reference.
# (not a numbered line below a heading: "… của Luật Tài nguyên, môi trường biển và hải đảo\n1.")
_NUMBER_AFTER = re.compile(r"\s*,?\s*so\s*:?\s*\d|[ \t]*,?[ \t]*\d")
# The law's own code right after its name: "Luật Đất đai số 45/2013/QH13" (normalized text).
_NUMBERED = re.compile(
    r"[ \t]*,?[ \t]*(?:[Ss]ố[ \t]*:?[ \t]*)?(?P<code>\d{1,3}/(?:19|20)\d\d/QH\d{1,2})(?![\w/])"
)


@dataclass(frozen=True, slots=True)
class LawMention:
    """A law named in the text, with the code its name and year resolve to."""

    start: int
    end: int  # after the year phrase
    title_end: int
    code: DocumentCode


@dataclass(frozen=True, slots=True)
class _Table:
    by_title: dict[tuple[str, ...], dict[int, list[str]]]  # title words → year → numbers
    # the first two words of a title → the lengths (in words) of the titles so starting,
    # longest first: what a name in the text is tried against
    lengths: dict[tuple[str, str], tuple[int, ...]]


@functools.cache
def _rows() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """The table's laws: (number, title words of the shadow, date passed)."""
    rows = []
    for number, (name, passed) in _laws().items():
        rows.append((number, tuple(_WORD.findall(shadow_of(name).lower())), passed))
    return tuple(rows)


@functools.cache
def _laws() -> dict[str, tuple[str, str]]:
    """The shipped table: number → (title, date passed), in its order."""
    data = importlib.resources.files("ingest") / "data" / "laws.tsv"
    laws = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("number\t"):
            number, name, passed = line.split("\t")
            laws[number] = (name, passed)
    return laws


@functools.cache
def _table() -> _Table:
    by_title: dict[tuple[str, ...], dict[int, list[str]]] = {}
    for number, words, passed in _rows():
        by_title.setdefault(words, {}).setdefault(int(passed[:4]), []).append(number)
    lengths: dict[tuple[str, str], set[int]] = {}
    for words in by_title:
        if 2 <= len(words) <= _MAX_TITLE_WORDS:
            lengths.setdefault((words[0], words[1]), set()).add(len(words))
    return _Table(by_title, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()})


_LAW_WORD = re.compile(r"(?<![a-z])(?:bo\s+)?luat\s")
# A year at the end of what a user types: "Luật Đất đai 2013", "… năm 2013" (shadow words).
_TYPED_YEAR = re.compile(r"(?:\s+nam)?\s+((?:19|20)\d\d)$")
TITLE_LIKENESS = 90.0  # rapidfuzz ratio of a typed title to a law's, at least


def law_kind(code: str | None) -> str | None:
    """The kind of the law numbered `code`, read from its title in the table ("Luật",
    "Bộ luật"), None for a code the table does not hold."""
    title = law_title(code)
    if title is None:
        return None
    return "Bộ luật" if shadow_of(title).lower().startswith("bo luat") else "Luật"


def law_title(code: str | None) -> str | None:
    """The title of the law numbered `code` ("31/2024/QH15" → "Luật Đất đai"), None for a
    code the table does not hold."""
    law = _laws().get(code) if code else None
    return law[0] if law else None


@functools.lru_cache(maxsize=256)  # a search over a store's own index asks twice per query
def laws_titled(typed: str) -> tuple[str, ...]:
    """The codes of the laws whose title `typed` gives, newest first: what a user types to
    find a law by its name ("Luật Đất đai" → 31/2024/QH15, 45/2013/QH13, 13/2003/QH11;
    "luat dat dai 2013" → 45/2013/QH13). The type word may be left out ("Đất đai") and small
    slips are forgiven; a title the table does not hold gives nothing."""
    words = " ".join(_WORD.findall(shadow_of(typed).lower()))
    year = None
    if (m := _TYPED_YEAR.search(words)) is not None:
        words, year = words[: m.start()], m.group(1)
    if len(words) < 4:
        return ()
    found = []
    for number, title, passed in _rows():
        if year is not None and year not in (passed[:4], number.split("/")[1]):
            continue
        full = " ".join(title)
        bare = " ".join(title[2:] if title[:2] == ("bo", "luat") else title[1:])
        if max(fuzz.ratio(words, full), fuzz.ratio(words, bare)) >= TITLE_LIKENESS:
            found.append((passed, number))
    return tuple(number for _, number in sorted(found, reverse=True))


def find_law_names(norm: NormalizedText) -> list[LawMention]:
    """Every law named with its year that the table resolves, in text order, and every name
    without a year that the same text names once with its year (see the module docstring)."""
    table = _table()
    text, shadow = norm.text, norm.shadow
    found: list[LawMention] = []
    yearless: list[tuple[int, int, tuple[str, ...]]] = []  # (start, title end, title words)
    dated: dict[tuple[str, ...], set[DocumentCode]] = {}
    basis: dict[tuple[str, ...], set[DocumentCode]] = {}  # dated on a "Căn cứ" line
    pos = shadow.find("luat ")
    while pos >= 0:
        start = pos - 3 if shadow[max(0, pos - 3) : pos] == "bo " else pos
        if text[start] in "LB" and _LAW_WORD.match(shadow, start):  # "Luật", "Bộ luật"
            mention = _resolve(norm, table, start)
            # a legal site's note names laws as the site titles them ("[Điều này hết hiệu lực
            # bởi … Luật Đường sắt 2025 …]"): what the text itself means by a bare name is not
            # read from it
            noted = site_note_at(shadow, start) is not None
            if isinstance(mention, LawMention):
                found.append(mention)
                if not noted:
                    title = tuple(_WORD.findall(shadow, start, mention.title_end))
                    dated.setdefault(title, set()).add(mention.code)
                    if "can cu" in shadow[shadow.rfind("\n", 0, start) + 1 : start]:
                        basis.setdefault(title, set()).add(mention.code)
                pos = shadow.find("luat ", mention.end)
                continue
            if mention is not None:
                title_end, title = mention
                numbered = None if noted else _NUMBERED.match(text, title_end)
                if numbered is not None and (code := parse_code(numbered.group("code"))):
                    # "Luật Đất đai số 45/2013/QH13": the code names the law; a later "Luật
                    # Đất đai" alone in the same text is that law
                    dated.setdefault(title, set()).add(code)
                yearless.append((start, title_end, title))
        pos = shadow.find("luat ", pos + 5)
    for start, title_end, title in yearless:
        # the law the text stands on, else the one law of that title it dates anywhere
        codes = basis.get(title) or dated.get(title, set())
        if len(codes) == 1 and not _NUMBER_AFTER.match(shadow, title_end):
            law: DocumentCode | None = next(iter(codes))
            if law is not None and (year := _subject_of_older_text(shadow, start)) is not None:
                law = _in_force(table, title, law, year)
            if law is not None:
                found.append(LawMention(start, title_end, title_end, law))
    found.sort(key=lambda m: m.start)
    return found


# A State text dated by its code, whose subject the name may stand in ("Nghị định số
# 209/2013/NĐ-CP ngày 18 tháng 12 năm 2013 của Chính phủ quy định chi tiết … Luật Thuế giá trị
# gia tăng") (shadow text)
# (the leading lookahead changes no match: it lets sre skip ahead to digits)
_DATED_CODE = re.compile(r"(?=\d)(?<![\d/])\d{1,4}/(?P<year>(?:19|20)\d\d)/[a-z]{2,5}-[a-z0-9-]+")
# Words of a subject between that text and the name: what the older text details or amends
# (not a clause of the host's: "… hết hiệu lực kể từ ngày Luật … có hiệu lực")
_SUBJECT_CUE = re.compile(
    r"(?<![a-z])(?:quy\s+dinh\s+chi\s+tiet|huong\s+dan|quy\s+dinh\s+thi\s+hanh"
    r"|sua\s+doi)(?![a-z])"
)
# (nor past the end of its sentence or item: "… giá trị gia tăng.\nb) Nghị định này quy định
# chi tiết Luật …"; nor where the host names itself)
_NOT_SUBJECT = re.compile(
    r"[;:]|\.\s|\n\s*(?:[a-z]\)|\d+\.|[-+•])"
    r"|(?<![a-z])(?:hieu\s+luc|thay\s+the|bai\s+bo|can\s+cu|(?:dinh|tu|quyet|luat)\s+nay)(?![a-z])"
)
_SUBJECT_REACH = 300


def _subject_of_older_text(shadow: str, start: int) -> int | None:
    """The year of the State text whose subject the law's name at `start` stands in, None
    where the name stands in no such subject."""
    window = max(0, start - _SUBJECT_REACH)
    last = None
    for found in _DATED_CODE.finditer(shadow, window, start):
        last = found
    if last is None:
        return None
    between = shadow[last.end() : start]
    if not _SUBJECT_CUE.search(between) or _NOT_SUBJECT.search(between):
        return None
    return int(last.group("year"))


def _in_force(
    table: _Table, title: tuple[str, ...], code: DocumentCode, year: int
) -> DocumentCode | None:
    """The law of `title` in force in `year`: `code` when it was passed by then, else the
    latest the table holds of that title passed by then; None where the table holds none (a
    decree of 2013 detailing Luật Thuế giá trị gia tăng details the law of 2008, not the law
    of 2024 its citing text stands on)."""
    law = _laws().get(code.canonical)
    passed = int(law[1][:4]) if law else code.year
    if passed is None or passed <= year:
        return code
    years = table.by_title.get(title, {})
    older = [y for y in years if y <= year and len(years[y]) == 1]
    return parse_code(years[max(older)][0]) if older else None


def _resolve(
    norm: NormalizedText, table: _Table, start: int
) -> LawMention | tuple[int, tuple[str, ...]] | None:
    """The law named at `start`: its mention when dated and resolved; (title end, title
    words) when a known title stands there without a year; None otherwise."""
    shadow = norm.shadow
    limit = min(len(shadow), start + 220)
    first = _WORD.search(shadow, start, limit)
    if first is None:
        return None
    # A line break, ";" or "(" after the first word ends the name.
    end = _NAME_BREAK.search(shadow, first.end(), limit)
    words = [first.group()]
    ends = [first.end()]  # where each word ends
    lengths: tuple[int, ...] = ()
    for m in _WORD.finditer(shadow, first.end(), limit if end is None else end.start()):
        words.append(m.group())
        ends.append(m.end())
        if len(words) == 2:
            lengths = table.lengths.get((words[0], words[1]), ())
            if not lengths:
                return None  # "Luật này", "Luật số": no law's name starts so
        if len(words) >= lengths[0]:  # the longest title so starting
            break
    for n in lengths:
        if n > len(words):
            continue
        title = tuple(words[:n])
        years = table.by_title.get(title)
        if years is None:
            continue
        title_end = ends[n - 1]
        dated = _YEAR_AFTER.match(shadow, title_end)
        wrapped = _WRAPPED_DATE.match(norm.text, title_end) if dated is None else None
        if wrapped is not None:  # "Luật Quản lý thuế \nngày 13 tháng 6 năm 2019": a PDF's line
            dated = _YEAR_AFTER.match(shadow, wrapped.end())  # wrapped before the date
        if dated is None:  # no year given: several laws may bear this name, none is guessed
            return title_end, title
        year = int(dated.group("dated") or dated.group("year") or dated.group("bare"))
        numbers = years.get(year, [])
        code = parse_code(numbers[0]) if len(numbers) == 1 else None
        if code is None:
            return None
        return LawMention(start, dated.end(), title_end, code)
    return None
