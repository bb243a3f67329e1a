"""List every extra and missing relation on the development set, per type, with the sentence
vbgraph gives as evidence: the material for telling a wrong label from a wrong rule.

    python -m bench.relation_audit                   # extras and misses, grouped by type
    python -m bench.relation_audit --type CITES      # one type
    python -m bench.relation_audit --json out.json   # every row, for a spreadsheet or a script

Scores as `bench.score_accuracy` does (its `relations_of` and labels); never for the held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.score_accuracy import CASES, MAIN, _canonical, _page, load_cases, main_of, relations_of
from ingest.extract import extract
from ingest.models import HOST, Extraction
from ingest.read import read_document


def labelled(case: dict[str, Any]) -> set[tuple[str, str, str]]:
    """The case's labelled relations as the scorer compares them."""
    return {
        (r["source"] if r["source"] == MAIN else _canonical(r["source"]), r["type"],
         _canonical(r["target"]))
        for r in case.get("relations") or []
    }  # fmt: skip


def _evidence(ext: Extraction, rel: tuple[str, str, str]) -> dict[str, Any]:
    """What vbgraph gives for one of its relations: sentence, cue, position."""
    own = main_of(ext)["code"]
    for r in ext.relations:
        source = MAIN if r.source == HOST or (own is not None and r.source == own) else r.source
        if (source, r.type.value, r.target) == rel:
            # the other edges vbgraph draws from the same mention (a host's CITES beside the
            # edge of the text in whose subject the mention stands)
            beside = sorted({f"{o.source} {o.type.value}" for o in ext.relations
                             if o.reference == r.reference and o is not r})  # fmt: skip
            return {"evidence": r.evidence.text, "cue": r.cue, "position": r.position,
                    "label": r.label, "same_mention": beside}  # fmt: skip
    return {}


def audit_case(case: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per extra or missing relation of `case`."""
    read = read_document(case["text"].encode("utf-8"), filename=f"{case['id']}.txt")
    ext = extract(read.text, path=case["id"], metadata=read.metadata, body_start=read.body_start)
    want, got = labelled(case), relations_of(ext)
    rows: list[dict[str, Any]] = []
    for kind, rels in (("extra", got - want), ("missing", want - got)):
        for rel in sorted(rels):
            others = sorted(f"{s} {t} {g}" for s, t, g in (want if kind == "extra" else got)
                            if g == rel[2] and (s, t, g) != rel)  # fmt: skip
            row = {"case": case["id"], "batch": case["batch"], "kind": kind,
                   "source": rel[0], "type": rel[1], "target": rel[2],
                   "page": case["page"], "page_found": _page(ext), "other_side": others,
                   "main_code_label": (case.get("main") or {}).get("code"),
                   "main_code_found": main_of(ext)["code"]}  # fmt: skip
            if kind == "extra":
                row.update(_evidence(ext, rel))
            rows.append(row)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--type", action="append", help="only these relation types")
    parser.add_argument("--json", type=Path, help="write every row to this file")
    args = parser.parse_args(argv)
    if "holdout" in args.cases.parts:
        parser.error("the held-out set is scored in aggregate only (bench.score_accuracy)")
    rows = [row for case in load_cases(args.cases) for row in audit_case(case)]
    if args.type:
        rows = [r for r in rows if r["type"] in args.type]
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    counts = Counter((r["type"], r["kind"]) for r in rows)
    for (rtype, kind), n in sorted(counts.items()):
        print(f"{rtype} {kind}: {n}")
    if not args.json:
        for r in sorted(rows, key=lambda r: (r["type"], r["kind"], r["case"])):
            head = f"[{r['type']} {r['kind']}] {r['case']}: {r['source']} → {r['target']}"
            print(f"\n{head} (page {r['page']}/{r['page_found']}; other side {r['other_side']})")
            if r.get("evidence"):
                print(f"  {r['position']} cue={r['cue']!r}: {r['evidence'][:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
