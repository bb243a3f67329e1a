"""Draw the cited-facts sample: references (full codes) for which vbgraph gives at least one fact
of the cited document (date, issuing body, level, place, subject), from the dev cases' texts
(tests/realworld/cases — never the held-out set), /work/realpages and /work/realcorpus, and
with --pdf /work/realpdf too.

    python -m bench.cited_facts_sample > /tmp/sample.json
    python -m bench.cited_facts_sample --seed 20261207 --size 220 --pdf \
        --exclude bench/cited_facts_dec2026.json > /tmp/sample_b.json

Random with a fixed seed; each row: source, the sentence around the mention, the code and the
facts vbgraph gives. bench/cited_facts_dec2026.json holds the first sample's rows with labels
(seed 20261206, 270, no PDFs), bench/cited_facts_dec2026b.json the second's (seed 20261207, 220,
a quarter from each of the four sources), bench/cited_facts_dec2026c.json the third's (seed
20261208, 148, the four sources, none of the first two samples' references; each row also holds
the "reading": the facts as read from the sentence before vbgraph's were looked at).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from ingest.extract import extract
from ingest.read import read_document

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261206
SIZE = 270


def facts(ref) -> dict:  # type: ignore[no-untyped-def]
    place = {k: v for k, v in ref.place.as_dict().items() if v}
    return {
        "date": ref.date.isoformat() if ref.date else None,
        "issuing_body": ref.issuing_body,
        "level": ref.level.value if ref.level.value != "unknown" else None,
        "place": place or None,
        "subject": ref.subject,
    }


FOLDERS = (Path("/work/realpages"), Path("/work/realcorpus"), Path("/work/realpdf"))


def texts(wanted: set[str] | None = None) -> list[tuple[str, str, dict, int]]:
    """The sources' texts as (source, text, metadata, body start); with `wanted`, only those
    sources (each "case:<id>" or "<folder>:<file>"), without it the cases and every folder."""
    out = []
    for path in sorted((ROOT / "tests/realworld/cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if wanted is None or f"case:{case['id']}" in wanted:
                out.append((f"case:{case['id']}", case["text"], {}, 0))
    for folder in FOLDERS:
        for p in sorted(folder.iterdir()):
            if p.name == "SOURCE.md" or not p.is_file():
                continue
            if wanted is not None and f"{folder.name}:{p.name}" not in wanted:
                continue
            try:
                r = read_document(str(p))
            except Exception:
                continue
            out.append((f"{folder.name}:{p.name}", r.text, dict(r.metadata), r.body_start))
    return out


def sentence(text: str, start: int, end: int) -> str:
    """The words around the mention: from the sentence's start (at most 250 characters back)
    to 450 characters on, line breaks shown as ⏎ (a PDF's lines break inside sentences)."""
    left = text.rfind(". ", max(0, start - 250), start - 1)
    left = left + 2 if left >= 0 else max(0, start - 250)
    return text[left:end + 450].strip().replace("\n", " ⏎ ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--pdf", action="store_true", help="draw from /work/realpdf too")
    parser.add_argument("--exclude", nargs="*", default=[],
                        help="labelled tables whose references are not drawn again")
    args = parser.parse_args()
    seen = {(r["source"], r["start"]) for t in args.exclude
            for r in json.loads(Path(t).read_text(encoding="utf-8"))}
    groups = ("case:", "realpages:", "realcorpus:") + (("realpdf:",) if args.pdf else ())
    pool = []
    for source, text, meta, body in texts():
        if not source.startswith(groups):
            continue
        ext = extract(text, path=source, metadata=meta, body_start=body)
        for ref in ext.references:
            if ref.mention != "code":
                continue
            f = facts(ref)
            if not any(f.values()) or (source, ref.start) in seen:
                continue
            pool.append({"source": source, "start": ref.start, "code": ref.canonical,
                         "surface": ref.surface, "sentence": sentence(text, ref.start, ref.end),
                         "facts": f})
    # An equal share from each source (the legal corpus alone gives most of the pool), so the
    # news and the dev cases' Party texts are read as much as the gazette's.
    rng = random.Random(args.seed)
    rows = []
    for group in groups:
        some = [r for r in pool if r["source"].startswith(group)]
        rows += rng.sample(some, min(args.size // len(groups), len(some)))
    rows.sort(key=lambda r: (r["source"], r["start"]))
    counts = " ".join(
        f"{g}{sum(r['source'].startswith(g) for r in pool)}"
        for g in groups
    )
    print(f"pool {len(pool)} {counts}", file=sys.stderr)
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
