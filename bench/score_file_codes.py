"""Score the host's own code on official texts whose file names give it.

The Công báo texts laid out by `bench.real_corpus` are named after the document's official
number: `cb-<topic>-<kind words>-so-<number slug>-<id>.txt` ("cb-bhxh-thong-tu-so-03-2025-tt-
bldtbxh-44170.txt" is Thông tư 03/2025/TT-BLĐTBXH, "cb-cong_doan-van-ban-hop-nhat-so-714-vbhn-
bldtbxh-41372.txt" the consolidated text 714/VBHN-BLĐTBXH), and so are the gazette's PDFs they
were made from (the same names ending .pdf, in the same repository). Each such file is read and
extracted as `vbgraph ingest` does, and the code it gives its host is compared with the name's,
as slugs (no diacritics, any run of other characters one hyphen, leading zeros dropped). Files
with no text layer (scanned gazette pages) are counted apart.

    python -m bench.score_file_codes /work/realcorpus            # totals by kind of text
    python -m bench.score_file_codes /work/realcorpus --misses   # and each miss
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ingest.errors import VbgraphError
from ingest.extract import extract
from ingest.read import read_document

_NAMED = re.compile(r"cb-[a-z_]+-(?P<kind>(?:[a-z]+-)+?)so-(?P<code>.+)-\d+\.(?:txt|pdf|docx|html)")
_TEXT_LAYER = 2_000  # characters of words, below which a file is a scan's page furniture


def slug(code: str) -> str:
    """A code as file names spell it: "714/VBHN-BLĐTBXH" → "714-vbhn-bldtbxh", a dotted
    number's dot dropped ("66.17/2026/NQ-CP" → "6617-2026-nq-cp")."""
    dotless = re.sub(r"(?<=\d)\.(?=\d)", "", code)
    folded = unicodedata.normalize("NFD", dotless.lower().replace("đ", "d"))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    parts = [p.lstrip("0") or "0" for p in re.split(r"[^a-z0-9]+", plain) if p]
    return "-".join(parts)


def score(folder: Path) -> tuple[Counter[tuple[str, str]], list[str]]:
    """(kind of text, outcome) counts, and one line per miss."""
    tally: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    for path in sorted(folder.iterdir()):
        named = _NAMED.fullmatch(path.name)
        if named is None:
            continue
        kind = named.group("kind").strip("-")
        try:
            read = read_document(path)
        except VbgraphError as exc:
            tally[kind, "unreadable"] += 1
            misses.append(f"{path.name}: unreadable ({exc})")
            continue
        if sum(c.isalpha() for c in read.text) < _TEXT_LAYER:
            tally[kind, "no text"] += 1
            continue
        ext = extract(read.text, path=str(path), metadata=read.metadata,
                      body_start=read.body_start)  # fmt: skip
        code = ext.document.code
        if code is None:
            tally[kind, "none"] += 1
            misses.append(f"{path.name}: no code")
        elif slug(code.canonical) == slug(named.group("code")):
            tally[kind, "right"] += 1
        else:
            tally[kind, "wrong"] += 1
            misses.append(f"{path.name}: {code.canonical}")
    return tally, misses


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    tally, misses = score(args.folder)
    outcomes = ("right", "wrong", "none", "no text", "unreadable")
    kinds = sorted({k for k, _ in tally}, key=lambda k: -sum(tally[k, o] for o in outcomes))
    print("| kind of text | " + " | ".join(outcomes) + " |")
    print("| --- |" + " ---: |" * len(outcomes))
    for kind in kinds:
        print(f"| {kind} | " + " | ".join(str(tally[kind, o]) for o in outcomes) + " |")
    totals = [sum(tally[k, o] for k in kinds) for o in outcomes]
    print("| **all** | " + " | ".join(f"**{n}**" for n in totals) + " |")
    with_text = sum(totals[:3])
    if with_text:
        print(f"\nhost code right: {totals[0]} of {with_text} texts with a text layer "
              f"({totals[0] / with_text:.2f})")  # fmt: skip
    if args.misses:
        print("\n" + "\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
