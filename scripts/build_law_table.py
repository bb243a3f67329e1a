"""Build ingest/data/laws.tsv: the laws and codes (Bộ luật) of the National Assembly, with
their numbers and the dates they were passed, from the official texts in a folder.

    python scripts/build_law_table.py FOLDER [--source "where FOLDER's texts come from"]

Each text is read for facts only: its number ("Luật số: 59/2020/QH14"), its name as the
enacting sentence gives it ("Quốc hội ban hành Luật Doanh nghiệp."), and the day it was passed
("… thông qua ngày 17 tháng 6 năm 2020"; else the date beside the number). Texts that are not
a law, or lack one of the three, are left out. The table is what `ingest.laws` reads to resolve
a law cited by its name ("Luật Doanh nghiệp năm 2020") to its code.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ingest" / "data" / "laws.tsv"
_NUMBER = re.compile(
    r"(?:(?:Bộ\s+)?[Ll]uật\s+)?[Ss]ố\s*:\s*(\d{1,3}/(?:19|20)\d\d/QH\d{1,2})"
)  # the number line: "Luật số: 59/2020/QH14", or "Số: 54/2014/QH13" above "LUẬT HẢI QUAN"
# The enacting sentence; a gazette's PDF text wraps it onto a line that goes on in lower case
# ("… Luật Người lao động Việt Nam đi làm việc ở nước ngoài\ntheo hợp đồng."), and a repost
# runs the first chapter or article on after a comma ("… ban hành Luật khiếu nại, Chương 1 …").
_ENACTS = re.compile(
    r"Quốc\s+hội\s+ban\s+hành\s+((?:Bộ\s+luật|Luật)\s+(?:[^;\n]|\n(?=[a-zà-ỹđ\d]))"
    r"{2,600}?)\s*(?:\.(?:\s|$)|,\s*(?:Chương|Điều)\s)"
)
# thuvienphapluat.vn's own notes in a text it reposts ("[Khoản này được sửa đổi bởi …]"): not
# the law's words, and long enough to push its number line out of the header.
_NOTE = re.compile(r"\[[^\[\]\n]{0,600}?\sbởi\s[^\[\]\n]{0,600}?\]")
_PASSED = re.compile(r"thông\s+qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_HEAD = 1500  # a law's number line stands in its header
_DATED = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def read_law(text: str) -> tuple[str, str, str] | None:
    """(number, name, date passed ISO) of a law's text, or None."""
    text = _NOTE.sub("", unicodedata.normalize("NFC", text))
    number = _NUMBER.search(text[:_HEAD])
    if number is None or "QUỐC HỘI" not in text[: number.start()]:
        return None  # not a law's own text (a decree quoting one)
    name = _ENACTS.search(text, number.end(), number.end() + 20000)
    if name is None:
        return None
    passed = list(_PASSED.finditer(text))
    day = passed[-1] if passed else _DATED.search(text, number.end(), number.end() + 200)
    if day is None:
        return None
    d, m, y = (int(g) for g in day.groups())
    if y != int(number.group(1).split("/")[1]):
        return None  # the date read is not this law's
    title = " ".join(name.group(1).split())
    title = re.sub(r"\s*\[\d+\]$|(?<=[a-zà-ỹđ])\d{1,2}$|, Chương \w+$", "", title)
    return number.group(1), title, f"{y:04d}-{m:02d}-{d:02d}"  # footnote marks dropped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--source", default="", help="where the folder's texts come from")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    laws: dict[str, tuple[str, str]] = {}
    for path in sorted(args.folder.glob("*.txt")):
        found = read_law(path.read_text(encoding="utf-8", errors="replace"))
        if found is not None:
            number, name, passed = found
            laws.setdefault(number, (name, passed))
    lines = [
        "# Laws and codes of the National Assembly: number, name, date passed (facts only).",
        f"# Built by scripts/build_law_table.py from official texts; source: {args.source}",
        "number\tname\tpassed",
        *(f"{n}\t{name}\t{passed}" for n, (name, passed) in sorted(laws.items())),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(laws)} laws written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
