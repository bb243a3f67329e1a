"""Lay out the real-text corpus the ingest benchmark runs on (`bench_ingest --real DIR`).

The texts are public State documents kept in public Git repositories; this writes them as one
flat folder of .txt files, the same every time from the same commits:

- hrmaster1982-dev/phapluat-8chude-data: every `docs/<topic>/*.txt` (texts of Công báo PDFs,
  congbao.chinhphu.vn) as `cb-<topic>-<name>`;
- johnPa02/thuvienphapluat-crawler: every `ocr/data/*.txt` (thuvienphapluat.vn full texts) as
  `tvpl-<name>`.

Give each repository as a clone or a bare mirror (any Git directory `git --git-dir` reads):

    git clone https://github.com/hrmaster1982-dev/phapluat-8chude-data /tmp/cb
    git clone https://github.com/johnPa02/thuvienphapluat-crawler /tmp/tvpl
    python -m bench.real_corpus --cb /tmp/cb/.git --tvpl /tmp/tvpl/.git --out /work/realcorpus
    python -m bench.real_corpus --cb /tmp/cb/.git --pdf --out /work/realpdf   # their PDFs

The eleventh session benchmarked this layout less one file (tvpl-Quyet_dinh_3500-QĐ-BYT.txt,
1.6 MB, dropped by the shell loop it was first made with): 403 texts and SOURCE.md, 37.7 MB,
three of the texts binary and refused by the reader with a clear error. SOURCE.md in the folder
names the commits (cdfc64c4 and 117d21f9 then).
"""

from __future__ import annotations

import argparse
import subprocess
from collections.abc import Sequence
from pathlib import Path, PurePosixPath


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True
    ).stdout


def _texts(git_dir: Path, prefix: str, suffix: str = ".txt") -> list[str]:
    """The paths ending in `suffix` under `prefix` at HEAD (names as Git stores them, not
    quoted)."""
    listing = _git(git_dir, "ls-tree", "-r", "-z", "--name-only", "HEAD", "--", prefix)
    return sorted(p for p in listing.decode("utf-8").split("\0") if p.endswith(suffix))


def lay_out(cb: Path | None, tvpl: Path | None, out: Path, suffix: str = ".txt") -> list[str]:
    """Write the corpus into `out` (its `suffix` files: the texts, or with ".pdf" the gazette
    PDFs they were made from); return the lines of its SOURCE.md."""
    out.mkdir(parents=True, exist_ok=True)
    source = ["Texts laid out by bench/real_corpus.py from public repositories:"]
    for git_dir, prefix, name_of in (
        (cb, "docs/", lambda p: f"cb-{p.parts[1]}-{p.name}"),
        (tvpl, "ocr/data/", lambda p: f"tvpl-{p.name}"),
    ):
        if git_dir is None:
            continue
        paths = _texts(git_dir, prefix, suffix)
        absent = 0
        for path in paths:
            try:
                data = _git(git_dir, "show", f"HEAD:{path}")
            except subprocess.CalledProcessError:
                absent += 1  # a large file a partial mirror lists but does not hold
                continue
            (out / name_of(PurePosixPath(path))).write_bytes(data)
        head = _git(git_dir, "rev-parse", "HEAD").decode().strip()
        note = f" ({absent} listed but absent from this copy)" if absent else ""
        source.append(f"- {git_dir}: {len(paths) - absent} files of {prefix} at commit "
                      f"{head}{note}")  # fmt: skip
    (out / "SOURCE.md").write_text("\n".join(source) + "\n", encoding="utf-8")
    return source


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cb", type=Path, help="Git dir of hrmaster1982-dev/phapluat-8chude-data")
    parser.add_argument("--tvpl", type=Path, help="Git dir of johnPa02/thuvienphapluat-crawler")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--pdf", action="store_true",
                        help="lay out the gazette PDFs the texts were made from, not the texts")
    args = parser.parse_args(argv)
    if args.cb is None and args.tvpl is None:
        parser.error("give --cb, --tvpl or both")
    print("\n".join(lay_out(args.cb, args.tvpl, args.out, ".pdf" if args.pdf else ".txt")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
