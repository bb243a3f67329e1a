"""Draw the cited-facts sample: references (full codes) for which vbgraph gives at least one fact
of the cited document (date, issuing body, level, place, subject), from the dev cases' texts
(tests/realworld/cases — never the held-out set), /work/realpages and /work/realcorpus.

    python -m bench.cited_facts_sample > /tmp/sample.json

Random with a fixed seed; each row: source, the sentence around the mention, the code and the
facts vbgraph gives. bench/cited_facts_dec2026.json holds these rows with labels.
"""

from __future__ import annotations

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


def texts() -> list[tuple[str, str, dict, int]]:
    out = []
    for path in sorted((ROOT / "tests/realworld/cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            out.append((f"case:{case['id']}", case["text"], {}, 0))
    for folder in (Path("/work/realpages"), Path("/work/realcorpus")):
        for p in sorted(folder.iterdir()):
            if p.name == "SOURCE.md" or not p.is_file():
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
    pool = []
    for source, text, meta, body in texts():
        ext = extract(text, path=source, metadata=meta, body_start=body)
        for ref in ext.references:
            if ref.mention != "code":
                continue
            f = facts(ref)
            if not any(f.values()):
                continue
            pool.append({"source": source, "start": ref.start, "code": ref.canonical,
                         "surface": ref.surface, "sentence": sentence(text, ref.start, ref.end),
                         "facts": f})
    # One third from each source (the legal corpus alone gives most of the pool), so the
    # news and the dev cases' Party texts are read as much as the gazette's.
    rng = random.Random(SEED)
    rows = []
    for group in ("case:", "realpages:", "realcorpus:"):
        some = [r for r in pool if r["source"].startswith(group)]
        rows += rng.sample(some, min(SIZE // 3, len(some)))
    rows.sort(key=lambda r: (r["source"], r["start"]))
    counts = " ".join(
        f"{g}{sum(r['source'].startswith(g) for r in pool)}"
        for g in ("case:", "realpages:", "realcorpus:")
    )
    print(f"pool {len(pool)} {counts}", file=sys.stderr)
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
