"""A loose-net recall audit of the code finder (issue 12 item 5).

A permissive net catches everything code-like in real texts — a number, then within a few
characters "/" or "-" (or an en dash, a backslash) and letters, with spaces, lower case, dots,
"TƯ", a Latin D allowed; and a type word ("Nghị quyết", "Quyết định" …) followed by "số" and a
number. Each net span is compared with what vbgraph finds: a code the finder reads
(`ingest.find.find_codes`), or another reference of the extraction (a short form). Spans no
reference covers are grouped by printing shape and counted; the reverse (references the net has
no span for) is counted too. A seeded random sample of the uncovered and covered spans is
written for hand labelling (tests/realworld/test_code_printings.py holds the labels).

    python -m bench.code_net_audit [--sample N] [--seed S] [--out FILE] [DIR|FILE.json ...]
    python -m bench.code_net_audit --score-sample   # finder recall/precision on the labels

Sources by default: /work/realcorpus, /work/realpdf, /work/realpages, the dev cases' texts
(tests/realworld/cases) and the search pages saved in /tmp/codenet_pages.json. Never the
held-out set.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ingest.extract import extract
from ingest.find import find_codes
from ingest.read import read_document
from ingest.text import normalize_text
from ingest.wraps import join_soft_breaks

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = [
    "/work/realcorpus",
    "/work/realpdf",
    "/work/realpages",
    str(ROOT / "tests" / "realworld" / "cases"),
    "/tmp/codenet_pages.json",
]

_LETTER = "A-Za-zĐđƯưÐðƉ"
_CAP = "A-ZĐƯÐƉ"
_SEP = r"[ \t]{0,2}\n?[ \t]{0,2}[/\-–—\\][ \t]{0,2}\n?[ \t]{0,2}"
_SEG = rf"[{_LETTER}][{_LETTER}0-9&.]{{0,12}}"
# a number, then a separator (or a bare space before a short capital type and a separator, or
# letters glued to the number) and a letter segment; a year may stand before the letters
NET_CODE = re.compile(
    rf"(?<![\w/.,:\-–])(?P<num>\d{{1,6}}[a-zđ]?)"
    rf"(?:{_SEP}|[ \t]{{1,2}}(?=[{_CAP}]{{1,5}}{_SEP})|(?=[{_CAP}]{{2,5}}{_SEP}))"
    rf"(?:(?:19|20)\d\d{_SEP})?"
    rf"(?P<segs>{_SEG}(?:{_SEP}{_SEG}){{0,5}})"
)
TYPE_WORDS = (
    "Nghị quyết|Quyết định|Kế hoạch|Kết luận|Chỉ thị|Thông báo|Công văn|Hướng dẫn|Nghị định"
    "|Thông tư|Luật|Quy định|Chương trình|Báo cáo|Thông tri|Công điện|Tờ trình|Đề án|Quy chế"
)
NET_TYPE_WORD = re.compile(
    rf"(?<!\w)(?:{TYPE_WORDS})\s+(?:liên\s+tịch\s+)?số\s*:?\s*(?P<num>\d{{1,6}}[a-zđ]?)(?![\d,.]\d)",
    re.IGNORECASE,
)


def _keep(m: re.Match[str]) -> bool:
    """Whether a `NET_CODE` match is code-like enough: two letter segments, or a year, or one
    segment in capitals (2–10 letters, "3517/UBND", "101-CP", "13-NQ/TƯ")."""
    segs = [s for s in re.split(r"[\s/\-–—\\]+", m.group("segs")) if s]
    if len(segs) >= 2:
        return any(ch.isupper() for ch in m.group("segs")) or "/" in m.group(0)
    seg = segs[0].rstrip(".")
    return seg.isupper() and 2 <= len(seg) <= 10 or bool(
        re.search(r"[/\-–]\s*(?:19|20)\d\d", m.group(0))
    )


def shape_of(span: str) -> str:
    """The printing shape: digit runs → 9, capital runs → A, small runs → a, a space run → _,
    a line break → ¶; other characters as they are."""
    out: list[str] = []
    for ch in span:
        if ch.isdigit():
            c = "9"
        elif ch.isalpha():
            c = "A" if ch.isupper() else "a"
        elif ch == "\n":
            c = "¶"
        elif ch.isspace():
            c = "_"
        else:
            c = ch
        if not out or out[-1] != c or c in "/-–":
            out.append(c)
    return "".join(out)


def texts(sources: list[str]) -> Iterator[tuple[str, str]]:
    """(name, text) of each document in the sources (folders of texts or PDFs, case files)."""
    for source in sources:
        path = Path(source)
        if "holdout" in path.parts:
            raise SystemExit("the held-out set is never audited")
        if path.is_file() and path.suffix == ".json":
            for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
                yield f"{path.name}#{case.get('id', i)}", case["text"]
        elif path.is_dir():
            for p in sorted(path.iterdir()):
                if p.name == "SOURCE.md" or not p.is_file():
                    continue
                if p.suffix == ".json":
                    yield from texts([str(p)])
                    continue
                try:
                    yield p.name, read_document(str(p)).text
                except Exception:  # noqa: BLE001 - an unreadable file is skipped
                    continue


def audit(name: str, text: str) -> Iterator[dict[str, object]]:
    """Every net span of `text` with what covers it, and every code reference no span covers."""
    joined = join_soft_breaks(text)
    norm = normalize_text(joined)
    finder = [norm.to_original(m.start, m.end) for m in find_codes(norm, this_year=2100)]
    refs = [(r.start, r.end) for r in extract(text).references]
    spans: list[tuple[int, int, str]] = []
    for m in NET_CODE.finditer(joined):
        if _keep(m):
            spans.append((m.start(), m.end(), "code"))
    for m in NET_TYPE_WORD.finditer(joined):
        s = m.start("num")
        if not any(a <= s < b for a, b, _ in spans):
            spans.append((s, m.end(), "type word"))

    def hits(a: int, b: int, cover: list[tuple[int, int]]) -> bool:
        return any(x < b and a < y for x, y in cover)

    for a, b, net in spans:
        covered = "finder" if hits(a, b, finder) else "reference" if hits(a, b, refs) else "none"
        surface = joined[a:b]
        yield {
            "doc": name, "start": a, "net": net, "covered": covered, "span": surface,
            "shape": ("TYPE số " if net == "type word" else "") + shape_of(surface),
            "context": joined[max(0, a - 60) : b + 40].replace("\n", "⏎"),
        }
    for a, b in finder:
        if not any(x < b and a < y for x, y, _ in spans):
            yield {"doc": name, "start": a, "net": "finder only", "covered": "finder",
                   "span": joined[a:b], "shape": shape_of(joined[a:b]),
                   "context": joined[max(0, a - 60) : b + 40].replace("\n", "⏎")}


SAMPLE = ROOT / "tests" / "realworld" / "code_printings.json"


def finder_code(snippet: str, at: int, length: int) -> str | None:
    """The canonical code the finder reads over [at, at + length) of `snippet`, or None."""
    norm = normalize_text(snippet)
    for m in find_codes(norm, this_year=2100):
        a, b = norm.to_original(m.start, m.end)
        if a < at + length and at < b:
            return m.code.canonical
    return None


def score_sample(path: Path = SAMPLE) -> None:
    """Finder recall and precision on the labelled sample, by stratum and shape group."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    groups: dict[str, list[int]] = {}
    for row in rows:
        found = finder_code(row["snippet"], row["at"], len(row["span"]))
        want = row["code"]
        group = "split type (N/Q⏎Đ)" if row["note"] == "split_type" else (
            "left (slips, no family)" if row["note"].startswith("left") else
            "standard printings" if want else "not a reference")
        for key in (f"{row['stratum']}: {group}", f"{row['stratum']}: all", "all"):
            tp_fp_fn = groups.setdefault(key, [0, 0, 0, 0])  # tp, fp, fn, spans
            tp_fp_fn[3] += 1
            if want and found == want:
                tp_fp_fn[0] += 1
            else:
                tp_fp_fn[1] += bool(found)
                tp_fp_fn[2] += bool(want)
    print("| stratum: group | spans | refs | found right | wrong or spurious | missed | recall "
          "| precision |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key, (tp, fp, fn, n) in sorted(groups.items()):
        recall = f"{tp / (tp + fn):.2f}" if tp + fn else "–"
        precision = f"{tp / (tp + fp):.2f}" if tp + fp else "–"
        print(f"| {key} | {n} | {tp + fn} | {tp} | {fp} | {fn} | {recall} | {precision} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--score-sample", action="store_true",
                        help="score the finder on the labelled sample and stop")
    parser.add_argument("sources", nargs="*", default=DEFAULT_SOURCES)
    parser.add_argument("--sample", type=int, default=240)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", default="/tmp/codenet_spans.jsonl")
    args = parser.parse_args(argv)
    if args.score_sample:
        score_sample()
        return 0
    rows = []
    for name, text in texts([s for s in args.sources if Path(s).exists()]):
        rows.extend(audit(name, text))
    with open(args.out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_cover = Counter((r["net"], r["covered"]) for r in rows)
    print(f"{len(rows)} spans in {len({r['doc'] for r in rows})} documents")
    for (net, covered), n in sorted(by_cover.items()):
        print(f"  {net:12} {covered:10} {n}")
    missed = Counter(r["shape"] for r in rows if r["covered"] == "none")
    print("uncovered shapes (most frequent first):")
    for shape, n in missed.most_common(60):
        print(f"  {n:6}  {shape}")
    rng = random.Random(args.seed)
    sample = rng.sample([r for r in rows if r["net"] != "finder only"], args.sample)
    with open(args.out.replace(".jsonl", "_sample.jsonl"), "w", encoding="utf-8") as fh:
        for row in sample:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
