"""Score extraction against the labelled real-text development set (tests/realworld/cases).

For every case the extractor runs on the case's text as a user's file would be read, and what it
says is compared with what a person labelled (tests/realworld/FORMAT.md):

* the page kind (document / report / other);
* the main document (the document itself, or the document a report is about): its code, kind,
  level, province, district, commune and date, each scored where the label gives it;
* references: every full code, by span (overlapping the labelled surface) and canonical code;
* relations per type, as (source, type, target) with the main document written "MAIN".

    python -m bench.score_accuracy                 # prints the tables (bench/RESULTS_accuracy.md)
    python -m bench.score_accuracy --cases DIR --misses   # another set; list every miss
    python -m bench.score_accuracy --known-misses  # rewrite tests/realworld/known_misses.txt

`tests/realworld/test_cases.py` holds every case to the misses listed in known_misses.txt: a new
miss fails (a regression), and so does a listed miss that is gone (update the list).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from ingest.codes import PARTY_TYPES, RARE_KINDS, STATE_TYPES, TYPE_WORD_KINDS
from ingest.extract import extract
from ingest.models import HOST, Extraction, HostDocument
from ingest.normalize import UnparseableCode, normalize_code, parse_code
from ingest.read import read_document
from ingest.text import shadow_of

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "realworld" / "cases"
KNOWN_MISSES = ROOT / "tests" / "realworld" / "known_misses.txt"
FIELDS = ("code", "kind", "level", "province", "district", "commune", "date")
MAIN = "MAIN"
HEADLINE_TYPES = ("IMPLEMENTS", "REVIEWS")
CONFUSED_FIELDS = ("kind", "level")  # fields whose misses --confusion counts by value


def load_cases(folder: Path = CASES) -> list[dict[str, Any]]:
    """Every case of every `*.json` file in `folder`, in file then list order."""
    cases: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            case.setdefault("batch", path.stem)
            cases.append(case)
    return cases


def main_of(ext: Extraction) -> dict[str, str | None]:
    """What the extraction says of the main document (the host, or the reported document)."""
    doc = ext.document
    page = _page(ext)
    if page == "other":
        return dict.fromkeys(FIELDS)
    return {
        "code": doc.code.canonical if doc.code else None,
        "kind": _main_kind(doc),
        "level": doc.level.value,
        "province": doc.place.province,
        "district": doc.place.district,
        "commune": doc.place.commune,
        "date": doc.date.isoformat() if doc.date else None,
    }


def _main_kind(doc: HostDocument) -> str | None:
    """The kind the code prints, else the one the text names (FORMAT.md: a code that prints no
    type takes the type word the text names it by, "hướng dẫn số 1510/UBND-GDĐT": HD)."""
    code = doc.code
    if code is None:
        return _kind_of(doc)
    if getattr(code, "letter_shaped", False):
        return _kind_of(doc) or "CV"
    return _code_kind(code) or _kind_of(doc)


def _code_kind(code: Any) -> str | None:
    # getattr: extractors from before State letters were told apart have no document_type
    if hasattr(code, "document_type"):
        return cast("str | None", code.document_type)
    return cast("str | None", code.kind or None)


def _page(ext: Extraction) -> str:
    # getattr: the same script scores extractors from before pages were told apart
    return getattr(ext.document, "page", "document")


def _kind_of(doc: HostDocument) -> str | None:
    """The type abbreviation a document without a code names by its heading ("Kế hoạch")."""
    if not doc.kind:
        return None
    word = doc.kind.lower()
    named = [k for k, v in (PARTY_TYPES | STATE_TYPES).items() if v.lower() == word]
    named = [k for k in named if k not in RARE_KINDS]
    if word == "quy định":
        # FORMAT.md: a Quy định's spelling is QĐ (N-QĐ/TW; a few of 2018–20 printed QĐi), as
        # the labels give an unnumbered one ("Bộ Chính trị vừa ban hành quy định cụ thể hóa
        # tiêu chuẩn …", vnexpress.net)
        return "QĐ"
    if named:
        return min(named, key=len)  # "Kế hoạch" → KH
    kinds = TYPE_WORD_KINDS.get(shadow_of(doc.kind).lower(), frozenset()) - RARE_KINDS
    return min(kinds) if len(kinds) == 1 else None


def _by_name(ref: Any) -> bool:
    """A law the text names by title and year ("Luật Doanh nghiệp năm 2020"), not by code."""
    return "by_name" in getattr(ref, "flags", ())


def relations_of(ext: Extraction) -> set[tuple[str, str, str]]:
    """(source, type, target) with the main document's own source written MAIN."""
    own = main_of(ext)["code"]
    out: set[tuple[str, str, str]] = set()
    for rel in ext.relations:
        if _by_name(ext.references[rel.reference]):
            continue  # the labels list codes printed in the text only (FORMAT.md)
        source = rel.source
        if source == HOST:
            if _page(ext) == "other":
                continue  # a meeting item or a speech states no relation of its own
            source = MAIN
        elif own is not None and source == own:
            source = MAIN
        out.add((source, rel.type.value, rel.target))
    return out


def _canonical(code: str) -> str:
    """A labelled code in this project's canonical spelling (numbers zero-padded: 08/KH-…)."""
    try:
        return normalize_code(code)
    except UnparseableCode:
        return code


def _same(field_name: str, labelled: str, found: str | None) -> bool:
    if found is None:
        return False
    if field_name == "code":
        return _canonical(labelled) == found
    if field_name in ("province", "district", "commune", "issuer"):
        return _place_key(labelled) == _place_key(found)
    return labelled == found


def _place_key(name: str) -> str:
    words = shadow_of(name).lower().replace("-", " ").split()
    if len(words) == 2 and words[0] in {"quan", "phuong"} and words[1].isdigit():
        return str(int(words[1]))  # "Quận 2" and "2" name one district
    # Joined without spaces: one place written with or without spaces between its syllables
    # ("Hanoi" in an English copy, "Hà Nội") is one place.
    return "".join(w for w in words if w not in {"tinh", "thanh", "pho", "tp", "tp."})


def _spans(text: str, surfaces: Iterable[str]) -> list[tuple[int, int]]:
    """Where each labelled surface stands, taking them in order (repeats move forward)."""
    spans, pos = [], 0
    for surface in surfaces:
        at = text.find(surface, pos)
        if at < 0:
            at = text.find(surface)
        if at < 0:
            raise ValueError(f"surface {surface!r} is not in the text")
        spans.append((at, at + len(surface)))
        pos = at + 1
    return spans


@dataclass
class Tally:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    cases: int = 0
    by_level: Counter[str] = field(default_factory=Counter)
    by_page: Counter[str] = field(default_factory=Counter)
    by_source: Counter[str] = field(default_factory=Counter)
    page_right: int = 0
    field_right: Counter[str] = field(default_factory=Counter)
    field_total: Counter[str] = field(default_factory=Counter)
    field_wrong_extra: Counter[str] = field(default_factory=Counter)  # said where label is null
    references: Tally = field(default_factory=Tally)
    relations: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    headline: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)
    # (what, labelled, found) → cases: how the misses fall, without naming a case
    confusion: Counter[tuple[str, str, str]] = field(default_factory=Counter)


def score_case(case: dict[str, Any], scores: Scores) -> None:
    read = read_document(case["text"].encode("utf-8"), filename=f"{case['id']}.txt")
    ext = extract(read.text, path=case["id"], metadata=read.metadata, body_start=read.body_start)
    label_main = case.get("main") or {}
    scores.cases += 1
    scores.by_level[label_main.get("level") or "none"] += 1
    scores.by_page[case["page"]] += 1
    scores.by_source[case.get("source", "?")] += 1
    cid = case["id"]
    page_right = _page(ext) == case["page"]
    if page_right:
        scores.page_right += 1
    else:
        scores.misses.append(f"{cid}: page {_page(ext)} (label {case['page']})")
        scores.confusion["page", case["page"], _page(ext)] += 1
    found = main_of(ext)
    if case["page"] != "other":
        for name in FIELDS:
            want = label_main.get(name)
            got = found.get(name) or None  # (a code without a type reads kind "")
            wrong = got is not None if want is None else not _same(name, want, got)
            if name in CONFUSED_FIELDS and wrong:
                scores.confusion[name, str(want), str(got)] += 1
            elif name == "code" and wrong:
                scores.confusion["code", _code_miss(want), _code_found(want, got, page_right)] += 1
            if want is None:
                if found.get(name) is not None and name in ("code", "province"):
                    scores.field_wrong_extra[name] += 1
                    scores.misses.append(f"{cid}: {name} {found.get(name)!r} (label none)")
                continue
            scores.field_total[name] += 1
            if _same(name, want, found.get(name)):
                scores.field_right[name] += 1
            else:
                scores.misses.append(f"{cid}: {name} {found.get(name)!r} (label {want!r})")
    _score_references(case, read.text, ext, scores)
    _score_relations(case, ext, scores)


def _kind_of_code(code: str) -> str | None:
    parsed = parse_code(code)
    return None if parsed is None else _code_kind(parsed)


def _code_miss(want: str | None) -> str:
    """A labelled main code as --confusion counts it: its kind, never the code."""
    return "none" if want is None else f"kind {_kind_of_code(want) or '?'}"


def _code_found(want: str | None, got: str | None, page_right: bool) -> str:
    """What was found instead of a labelled main code (or none), without the code."""
    if got is None:
        return "none" + ("" if page_right else " (page misread)")
    if want is None:
        return "a code"
    if _kind_of_code(got) != _kind_of_code(want):
        return "another kind"
    return "same kind" + ("" if page_right else " (page misread)")


def _score_references(
    case: dict[str, Any], text: str, ext: Extraction, scores: Scores
) -> None:
    """`text` is the case's text as read (the offsets of `ext` index it)."""
    labelled = case.get("references") or []
    spans = _spans(text, (r["surface"] for r in labelled))
    want = [(a, b, _canonical(r["code"])) for (a, b), r in zip(spans, labelled, strict=True)]
    got = [(r.start, r.end, r.canonical) for r in ext.references
           if r.mention == "code" and not _by_name(r)]  # fmt: skip
    matched: set[int] = set()
    for a, b, code in want:
        hit = next(
            (i for i, (x, y, c) in enumerate(got)
             if i not in matched and x < b and a < y and c == code),
            None,
        )  # fmt: skip
        if hit is None:
            scores.references.fn += 1
            scores.misses.append(f"{case['id']}: reference {code!r} at {a} not found")
        else:
            matched.add(hit)
            scores.references.tp += 1
    for i, (x, y, code) in enumerate(got):
        if i not in matched:
            scores.references.fp += 1
            scores.misses.append(f"{case['id']}: extra reference {text[x:y]!r} → {code}")


def _score_relations(case: dict[str, Any], ext: Extraction, scores: Scores) -> None:
    want = {
        (r["source"] if r["source"] == MAIN else _canonical(r["source"]), r["type"],
         _canonical(r["target"]))
        for r in case.get("relations") or []
    }  # fmt: skip
    got = relations_of(ext)
    types = {t for _, t, _ in want | got}
    for t in types:
        w = {r for r in want if r[1] == t}
        g = {r for r in got if r[1] == t}
        tally = scores.relations[t]
        tally.tp += len(w & g)
        tally.fp += len(g - w)
        tally.fn += len(w - g)
    w_head = {r for r in want if r[0] == MAIN and r[1] in HEADLINE_TYPES}
    g_head = {r for r in got if r[0] == MAIN and r[1] in HEADLINE_TYPES}
    scores.headline.tp += len(w_head & g_head)
    scores.headline.fp += len(g_head - w_head)
    scores.headline.fn += len(w_head - g_head)
    page_right = _page(ext) == case["page"]
    for r in sorted(g_head - w_head):
        scores.misses.append(f"{case['id']}: extra {r}")
        scores.confusion["main relation", _instead(want, r, page_right), r[1]] += 1
    for r in sorted(w_head - g_head):
        scores.misses.append(f"{case['id']}: missing {r}")
        scores.confusion["main relation", r[1], _instead(got, r, page_right)] += 1


def _instead(other: set[tuple[str, str, str]], miss: tuple[str, str, str], page_right: bool) -> str:
    """What the other side (labels or extraction) has for a main relation's target: the
    main document's other types, a relation from another source, or nothing."""
    if not page_right:
        return "(page misread)"
    types = sorted(t for s, t, target in other if target == miss[2] and s == MAIN and t != miss[1])
    if types:
        return "+".join(types)
    if any(target == miss[2] and s != MAIN for s, _, target in other):
        return "(from another source)"
    return "(none)"


def case_misses(case: dict[str, Any]) -> list[str]:
    """The misses of one case, as `score` lists them."""
    scores = Scores()
    score_case(case, scores)
    return scores.misses


def read_known_misses(path: Path = KNOWN_MISSES) -> dict[str, list[str]]:
    """Known misses by case id."""
    known: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            known[line.split(":", 1)[0]].append(line)
    return known


def score(cases: Sequence[dict[str, Any]]) -> Scores:
    scores = Scores()
    for case in cases:
        score_case(case, scores)
    return scores


def rate(scores: Scores, name: str) -> float:
    total = scores.field_total[name]
    return scores.field_right[name] / total if total else 1.0


def report(scores: Scores) -> str:
    lines = [
        f"Cases: {scores.cases}; by level of the main document: "
        + ", ".join(f"{k} {v}" for k, v in sorted(scores.by_level.items()))
        + "; by page: "
        + ", ".join(f"{k} {v}" for k, v in sorted(scores.by_page.items()))
        + "; by source: "
        + ", ".join(f"{k} {v}" for k, v in sorted(scores.by_source.items())),
        "",
        "| what | right | of | rate |",
        "| --- | ---: | ---: | ---: |",
        f"| page kind | {scores.page_right} | {scores.cases} | "
        f"{scores.page_right / max(1, scores.cases):.2f} |",
    ]
    for name in FIELDS:
        total = scores.field_total[name]
        lines.append(
            f"| main {name} | {scores.field_right[name]} | {total} | {rate(scores, name):.2f} |"
        )
    lines += ["", "| relations | precision | recall | F1 | tp | fp | fn |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]  # fmt: skip
    rows = [("main IMPLEMENTS/REVIEWS", scores.headline), ("references (span+code)",
            scores.references)] + sorted(scores.relations.items())  # fmt: skip
    for name, t in rows:
        lines.append(
            f"| {name} | {t.precision:.2f} | {t.recall:.2f} | {t.f1:.2f} | {t.tp} | {t.fp} "
            f"| {t.fn} |"
        )
    extra = ", ".join(f"{k} {v}" for k, v in sorted(scores.field_wrong_extra.items()))
    lines += ["", f"Stated where the label has none: {extra or 'none'}."]
    return "\n".join(lines)


def confusion_report(scores: Scores) -> str:
    """The misses counted by labelled → found value (page kind, main kind and level), naming
    no case: safe to print for a held-out set."""
    lines = ["| what | labelled | found | cases |", "| --- | --- | --- | ---: |"]
    for (what, want, got), n in sorted(scores.confusion.items(), key=lambda kv: (kv[0][0], -kv[1])):
        lines.append(f"| {what} | {want} | {got} | {n} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument(
        "--confusion", action="store_true",
        help="count the page, kind and level misses and the main relations missed by "
        "labelled → found value (names no case)",
    )
    parser.add_argument("--known-misses", action="store_true", help=f"write {KNOWN_MISSES.name}")
    args = parser.parse_args(argv)
    if args.known_misses and args.cases != CASES:
        parser.error("--known-misses lists the development set's misses only")
    scores = score(load_cases(args.cases))
    if args.known_misses:
        KNOWN_MISSES.write_text(
            "# Misses of the extractor on the development set, one per line, as\n"
            "# `python -m bench.score_accuracy --known-misses` writes them (see its docstring).\n"
            + "".join(f"{m}\n" for m in scores.misses),
            encoding="utf-8",
        )
    table = report(scores)
    print(table)
    if args.confusion:
        print("\n" + confusion_report(scores))
    if args.misses:
        print("\n".join(["", "Misses:", *scores.misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
