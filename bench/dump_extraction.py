"""Write everything reading and extraction return, per document, deterministically, to one file.

For speed work on `ingest/`, whose results must not change: dump before, change, dump again,
compare the files byte for byte (`cmp`). Each line is one input: a file of the folders read as
`vbgraph ingest` reads it (the SHA-256 of the text read, the body start, metadata, warnings,
format), or a case text of the labelled sets; then `repr` of the whole `Extraction` (references
with spans and codes, host facts, relations with types, sources and evidence, provisions).

    python -m bench.dump_extraction /work/realcorpus --jobs 2 --out /tmp/before.txt
    # ... change ingest/ ...
    python -m bench.dump_extraction /work/realcorpus --jobs 2 --out /tmp/after.txt
    cmp /tmp/before.txt /tmp/after.txt

The labelled sets (tests/realworld/cases and holdout) are always included; --jobs runs the
documents in worker processes (the output is the same). A held-out case's line holds only the
SHA-256 of its extraction: a change to it still shows as a difference, while what the extractor
reads in a held-out page stays unseen by whoever compares the dumps (the held-out policy).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from multiprocessing import Pool
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HELD_OUT = REPO / "tests" / "realworld" / "holdout"
CASE_SETS = (REPO / "tests" / "realworld" / "cases", HELD_OUT)

Item = tuple[str, str, str]  # (kind "file", "text" or "held", name, path or text)


def _line(item: Item) -> str:
    """One input's line: its name, what reading gave (files only), and the extraction."""
    from ingest.extract import extract
    from ingest.read import read_document

    kind, name, payload = item
    if kind == "text":
        return f"{name}\t\t{extract(payload, path=name)!r}\n"
    if kind == "held":
        found = repr(extract(payload, path=name)).encode("utf-8", "surrogatepass")
        return f"{name}\t\tsha256:{hashlib.sha256(found).hexdigest()}\n"
    try:
        read = read_document(payload)
    except Exception as exc:  # a file that cannot be read: its error is what it gives
        return f"{name}\tREADFAIL {type(exc).__name__}: {exc}\n"
    meta = dict(read.metadata)
    digest = hashlib.sha256(read.text.encode("utf-8", "surrogatepass")).hexdigest()
    head = (digest, read.body_start, sorted(meta.items()), read.warnings, read.format)
    ext = extract(read.text, path=name, metadata=meta, body_start=read.body_start)
    return f"{name}\t{head!r}\t{ext!r}\n"


def _items(folders: Sequence[Path]) -> Iterator[Item]:
    for folder in folders:
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            if path.name != "SOURCE.md":
                yield "file", f"{folder.name}/{path.name}", str(path)
    for case_set in CASE_SETS:
        kind = "held" if case_set == HELD_OUT else "text"
        for path in sorted(case_set.glob("*.json")):
            for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
                yield kind, f"{case_set.name}/{path.name}#{i}:{case.get('id')}", case["text"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", type=Path, nargs="*", help="folders of documents to read")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    items = list(_items(args.folders))
    with args.out.open("w", encoding="utf-8", errors="surrogatepass") as out:
        if args.jobs <= 1:
            out.writelines(map(_line, items))
        else:
            with Pool(args.jobs) as pool:
                out.writelines(pool.imap(_line, items, chunksize=4))
    print(f"{len(items)} inputs -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
