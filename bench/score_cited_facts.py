"""Score what vbgraph says about the documents a text cites (date, issuing body, level, place,
subject of each cited code) on a labelled random sample: bench/cited_facts_dec2026.json.

Each row holds the sentence, the code, the facts vbgraph gave when it was labelled, and a label
for each fact: "right", "wrong" (with what the text says), "empty" (the text gives no such fact
for this document), or "missing" (vbgraph gave none, the text states it). The scorer extracts the
row's source again and finds the reference at the same offset:

- precision of a fact = given and right / given; a value equal to the labelled one keeps its
  label, a value equal to the labelled correction counts right, any other new value is counted
  as "unlabelled" (read it and label it);
- recall where labelled = right / (facts the labels say the text states).

    python -m bench.score_cited_facts [--table bench/cited_facts_dec2026.json] [--show-wrong]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from bench.cited_facts_sample import facts, texts
from ingest.extract import extract

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "bench/cited_facts_dec2026.json"
FIELDS = ("date", "issuing_body", "level", "place", "subject")


def _norm(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = " ".join(str(v) for v in value.values() if v)
    return re.sub(r"[\s“”\"']+", " ", str(value)).strip(" .,;").lower()


def score(rows: list[dict], show_wrong: bool = False) -> dict[str, dict[str, float]]:
    wanted = {r["source"] for r in rows}
    now: dict[tuple[str, int], dict] = {}
    for source, text, meta, body in texts(wanted):
        ext = extract(text, path=source, metadata=meta, body_start=body)
        for ref in ext.references:
            if ref.mention == "code":
                now[(source, ref.start)] = facts(ref)
    given: Counter[str] = Counter()
    right: Counter[str] = Counter()
    unlabelled: Counter[str] = Counter()
    stated: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for row in rows:
        got = now.get((row["source"], row["start"]), dict.fromkeys(FIELDS))
        for field in FIELDS:
            label = row["labels"].get(field, {"verdict": "right"} if row["facts"][field] else None)
            value = got.get(field)
            old = row["facts"][field]
            correct = None
            if label is not None:
                if label["verdict"] == "right":
                    correct = old
                elif label["verdict"] in ("wrong", "missing"):
                    correct = label.get("text") or None
            if correct:
                stated[field] += 1
            if not value:
                continue
            given[field] += 1
            if correct and _norm(value) == _norm(correct):
                right[field] += 1
                found[field] += 1
            elif label is not None and _norm(value) == _norm(old):
                if show_wrong:
                    print(f"{field} wrong: {row['code']}: {value!r} ({label.get('cause')})")
            else:
                unlabelled[field] += 1
                if show_wrong:
                    print(f"{field} unlabelled: {row['code']}: {value!r} (was {old!r})")
    out = {}
    for field in FIELDS:
        out[field] = {
            "given": given[field],
            "right": right[field],
            "unlabelled": unlabelled[field],
            "precision": round(right[field] / given[field], 3) if given[field] else 0.0,
            "stated": stated[field],
            "recall": round(found[field] / stated[field], 3) if stated[field] else 0.0,
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--table", default=str(TABLE))
    parser.add_argument("--show-wrong", action="store_true")
    args = parser.parse_args()
    rows = json.loads(Path(args.table).read_text(encoding="utf-8"))
    result = score(rows, args.show_wrong)
    print(f"{len(rows)} references")
    head = ("fact", "given", "right", "unlab", "prec", "stated", "recall")
    print(f"{head[0]:13} " + " ".join(f"{h:>6}" for h in head[1:]))
    for field, r in result.items():
        print(f"{field:13} {r['given']:6} {r['right']:6} {r['unlabelled']:6} {r['precision']:6.3f}"
              f" {r['stated']:6} {r['recall']:6.3f}")


if __name__ == "__main__":
    main()
