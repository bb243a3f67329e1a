"""The signature block and the recipients ("Nơi nhận") at a document's end, found from the end.
"""

from __future__ import annotations

import re

from ingest.text import NormalizedText

_SIGNATURE = re.compile(r"(?m)^[ \t]*(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|Q\.|TUQ\.)\s*(?P<body>[^\n]+)$")
_RECIPIENTS = re.compile(r"(?m)^[ \t]*N[ơo]i nh[ậa]n\s*:?[ \t]*$")
# For finding the last match of each from the end: a literal that every match holds, and
# the start of a line on which a match can run on to later lines (through its `\s*`).
_SIGNATURE_ANCHORS = ("T/M", "K/T", "T/L", "TM.", "KT.", "TL.", "Q.")
_SIGNATURE_OPEN = re.compile(r"[ \t]*(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|Q\.|TUQ\.)")
_RECIPIENTS_ANCHORS = ("Nơi nh", "Noi nh")
_RECIPIENTS_OPEN = re.compile(r"[ \t]*N[ơo]i nh[ậa]n")
_PERSON = re.compile(r"^(?:[A-ZĐ][\wÀ-ỹ]*\s){1,5}[A-ZĐ][\wÀ-ỹ]*$")


def _last_match(
    pattern: re.Pattern[str],
    text: str,
    start: int,
    anchors: tuple[str, ...],
    opening: re.Pattern[str],
) -> re.Match[str] | None:
    """The last of `pattern.finditer(text, start)`, found from the end of the text.

    `pattern` matches whole lines from a line start, every match holds one of `anchors`,
    and a match runs on past its first line only through whitespace after an `opening`
    that fills its line. So finditer started at a line start gives the same later matches
    as from `start` unless the text before that line, whitespace aside, ends in such an
    opening; then start one line earlier, and so on.
    """
    end = len(text)
    while True:
        anchor = _last_anchor(text, anchors, start, end)
        if anchor < 0:
            return None
        line = _line_start_before_runover(text, start, anchor, opening)
        found = _last_from(pattern, text, line)
        if found is not None:
            return found
        end = line


_AFTER_BREAK: dict[re.Pattern[str], re.Pattern[str]] = {}


def _last_from(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """The last of `pattern.finditer(text, pos)`, for a pattern that opens with "(?m)^": its
    match at `pos`, then its matches after line breaks, which a pattern opening with the
    break finds (sre jumps from one break to the next instead of trying `^` at every
    character to the end of the text); the last is matched again to be the same match."""
    after = _AFTER_BREAK.get(pattern)
    if after is None:
        if not pattern.pattern.startswith("(?m)^"):
            raise ValueError(f"not a line pattern: {pattern.pattern}")
        after = re.compile(rf"(?m)\n(?P<_line>{pattern.pattern[len('(?m)^') :]})")
        _AFTER_BREAK[pattern] = after
    found = pattern.match(text, pos)
    last = None
    for last in after.finditer(text, pos if found is None else found.end()):  # noqa: B007
        pass
    return found if last is None else pattern.match(text, last.start("_line"))


_ANCHOR_WINDOW = 1 << 14


def _last_anchor(text: str, anchors: tuple[str, ...], start: int, end: int) -> int:
    """Where the last of `anchors` inside `text[start:end]` starts, or -1.

    Looked for in windows from `end` back, so a text whose signature sits near its end is not
    searched whole once for every anchor it lacks. Windows overlap by the longest anchor less
    one character: an anchor across a window's start is found in the window before it.
    """
    overlap = max(map(len, anchors)) - 1
    hi = end
    while True:
        lo = max(start, hi - _ANCHOR_WINDOW)
        found = -1
        for a in anchors:  # (each only after the last found so far: the same maximum)
            i = text.rfind(a, max(lo, found + 1), hi)
            if i > found:
                found = i
        if found >= 0 or lo == start:
            return found
        hi = lo + overlap


def _line_start_before_runover(text: str, start: int, pos: int, opening: re.Pattern[str]) -> int:
    """The start of the line holding `pos` (not before `start`), moved back over lines
    that a match starting earlier could run on through (see `_last_match`)."""
    line = max(text.rfind("\n", 0, pos) + 1, start)
    while line > start:
        last = line - 1  # the last non-whitespace character before the line
        while last >= start and text[last].isspace():
            last -= 1
        if last < start:
            break
        previous = text.rfind("\n", 0, last) + 1
        if previous < start or not opening.fullmatch(text, previous, last + 1):
            break
        line = previous
    return line


def _signature(norm: NormalizedText, start: int) -> tuple[str | None, str | None, str | None]:
    """Return (acting body, signer title, signer name) from the last signature block."""
    text = norm.text
    block = _last_match(_SIGNATURE, text, start, _SIGNATURE_ANCHORS, _SIGNATURE_OPEN)
    if block is None:
        return None, None, None
    acting = " ".join(block.group("body").split()) or None
    title = name = None
    for line in text[block.end() :].split("\n", 8)[:8]:  # the first 8 lines, split no further
        clean = " ".join(line.split()).strip()
        if not clean or clean.startswith("("):
            continue
        if title is None and clean.isupper():
            title = clean
        elif _PERSON.match(clean):
            name = clean
            break
    return acting, title, name


def _recipients(norm: NormalizedText, start: int) -> tuple[str, ...]:
    text = norm.text
    heading = _last_match(_RECIPIENTS, text, start, _RECIPIENTS_ANCHORS, _RECIPIENTS_OPEN)
    if heading is None:
        return ()
    out: list[str] = []
    for line in text[heading.end() :].split("\n", 40)[1:40]:
        clean = " ".join(line.split())
        if not clean:
            continue
        if not clean.startswith(("-", "+")):
            break
        out.append(clean.lstrip("-+ ").rstrip(",;."))
    return tuple(x for x in out if x)
