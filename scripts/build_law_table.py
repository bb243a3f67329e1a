"""Build ingest/data/laws.tsv: the laws and codes (Bộ luật) of the National Assembly, with
their numbers and the dates they were passed, from the official texts in folders.

    python scripts/build_law_table.py FOLDER... [--source "where the texts come from" ...]

Each text is read for facts only: its number ("Luật số: 59/2020/QH14"), its name as the
enacting sentence gives it ("Quốc hội ban hành Luật Doanh nghiệp.") or, in a law passed before
2007 that has none, as its title does ("LUẬT\nĐIỆN LỰC"), and the day it was passed ("… thông
qua ngày 17 tháng 6 năm 2020"; else the date beside the number). Texts that are not a law, or
lack one of the three, are left out; a law read in several folders is taken from the first,
and a reading that differs from it is printed. The table is what `ingest.laws` reads to
resolve a law cited by its name ("Luật Doanh nghiệp năm 2020") to its code.

The shipped table is built from three public repositories, one .txt per document:

1. hrmaster1982-dev/phapluat-8chude-data: `docs/<topic>/*.txt`, text of Công báo PDFs
   (congbao.chinhphu.vn);
2. johnPa02/thuvienphapluat-crawler: the crawled `*.txt` of thuvienphapluat.vn pages
   (these two are the `cb-` and `tvpl-` files of the team's real corpus, /work/realcorpus, which
   its SOURCE.md describes);
3. undertheseanlp/underthesea at commit e0be4fc0 (removed from the tree in 098be1e5):
   `extensions/datasets/CP_Vietnamese-VLC/{output/processed,output/raw,corpus,v2021/corpus}/`,
   the Vietnamese Legal Corpus (thuvienphapluat.vn copies of 1998–2023 laws), each of the four
   folders written out with `git show e0be4fc0:PATH` (vlc-output-processed, …):

    python scripts/build_law_table.py /work/realcorpus vlc-output-processed vlc-output-raw \
        vlc-corpus vlc-v2021-corpus --source "…" --source "…"

Laws passed before the end of 1997 bear the number of the President's order that promulgated
them ("47-L/CTN"), not one of the National Assembly: the table does not hold them.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ingest" / "data" / "laws.tsv"
_NUMBER = re.compile(
    r"(?:(?:Bộ\s+)?[Ll]uật\s+)?[Ss]ố\s*:\s*(\d{1,3}/(?:19|20)\d\d/QH) ?(\d{1,2})(?!\d)"
)  # the number line: "Luật số: 59/2020/QH14", or "Số: 54/2014/QH13" above "LUẬT HẢI QUAN"
# ("Luật số: 28/2004/QH 11" in a repost)
# The enacting sentence; a gazette's PDF text wraps it onto a line that goes on in lower case
# ("… Luật Người lao động Việt Nam đi làm việc ở nước ngoài\ntheo hợp đồng."), and a repost
# runs the first chapter or article on after a comma ("… ban hành Luật khiếu nại, Chương 1 …").
_ENACTS = re.compile(
    r"Quốc\s+hội\s+ban\s+hành\s+((?:Bộ\s+luật|Luật)\s+(?:[^;\n]|\n(?=[a-zà-ỹđ\d]))"
    r"{2,600}?)\s*(?:\.(?:\s|$)|,\s*(?:Chương|Điều|PHẦN)\s)"
)
# Laws passed before 2007 have no enacting sentence ("Căn cứ vào Hiến pháp …; Luật này quy
# định về điện lực."): their name is the title under the number line, in capitals ("LUẬT\nĐIỆN
# LỰC"), which may say whose law it is ("LUẬT\nCỦA QUỐC HỘI NƯỚC … SỐ 27/2001/QH10 VỀ PHÒNG
# CHÁY VÀ CHỮA CHÁY", "LUẬT\nTHUẾ TIÊU THỤ ĐẶC BIỆT CỦA QUỐC HỘI SỐ 05/1998/QH10 NGÀY …").
_TITLE = re.compile(r"(?:^|\s)((?:BỘ\s+)?LUẬT)(?=\s)")
_TITLE_GAP = 400  # the date line and "QUỐC HỘI … Khoá XI, kỳ họp thứ 9 (…)" stand between
_WHOSE = re.compile(
    r"^(?:SỐ\s*\S+\s+)?CỦA\s+QUỐC\s+HỘI\b.*?(?:\bVỀ\s+|\bNĂM\s+\d{4}\s+(?:VỀ\s+)?)"
    r"|\s+CỦA\s+QUỐC\s+HỘI\b.*$|\s+SỐ\s*\d.*$"
)  # "LUẬT SỐ13/2003/QH11 CỦA QUỐC HỘI NƯỚC … VỀ ĐẤT ĐAI" is Luật Đất đai; "LUẬT CỦA QUỐC HỘI SỐ
# 09/1998/QH10 NGÀY 02 THÁNG 12 NĂM 1998 KHIẾU NẠI, TỐ CÁO" is Luật Khiếu nại, tố cáo
# what may open the rest of a title: "… VỀ LUẬT BIÊN GIỚI QUỐC GIA", "VỀ TỔ CHỨC HỘI ĐỒNG …"
# (not "LUẬT\nLUẬT SƯ": Luật Luật sư)
_OPENING = re.compile(r"^(?:VỀ\s+)?(?:LUẬT\s+(?=\S+\s+\S))?")
# a law an amending law's title names: "… CỦA LUẬT BẢO HIỂM Y TẾ", "LUẬT ĐẤU THẦU, LUẬT …"
_AMENDED = re.compile(r"(?:(?<=của )|(?<=, )|(?<=và ))luật (\w)")
# names a lower-cased title spells with capitals
_PROPER = {
    name.lower(): name
    for name in (
        "Việt Nam",
        "Quốc hội",
        "Chính phủ",
        "Hội đồng nhân dân",
        "Ủy ban nhân dân",
        "Mặt trận Tổ quốc",
        "Ngân hàng Nhà nước",
        "Tòa án nhân dân",
        "Viện kiểm sát nhân dân",
        "Quân đội nhân dân",
        "Công an nhân dân",
        "Hồ Chí Minh",
        "HIV/AIDS",
    )
}
_PROPER_NAME = re.compile(r"\b(?:" + "|".join(map(re.escape, _PROPER)) + r")\b")
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
    code = number.group(1) + number.group(2)
    name = _ENACTS.search(text, number.end(), number.end() + 20000)
    title = " ".join(name.group(1).split()) if name else _header_title(text, number.end())
    if title is None:
        return None
    passed = list(_PASSED.finditer(text))
    day = passed[-1] if passed else _DATED.search(text, number.end(), number.end() + 200)
    if day is None:
        return None
    d, m, y = (int(g) for g in day.groups())
    if y != int(number.group(1).split("/")[1]):
        return None  # the date read is not this law's
    title = re.sub(r"\s*\[\d+\]$|(?<=[a-zà-ỹđ])\d{1,2}$|, Chương \w+$", "", title)
    return code, title, f"{y:04d}-{m:02d}-{d:02d}"  # footnote marks dropped


def _header_title(text: str, after: int) -> str | None:
    """The name a law's capitalized title gives it ("LUẬT\nĐIỆN LỰC" → "Luật Điện lực"), when
    the title stands right under the number line; None otherwise (a resolution, a decree)."""
    head = _TITLE.search(text, after, after + _TITLE_GAP)
    if head is None or re.search(r"NGHỊ\s+QUYẾT|PHÁP\s+LỆNH", text[after : head.start()]):
        return None
    words: list[str] = []
    for word in text[head.end() : head.end() + 600].split():
        if not any(c.isalpha() for c in word) and words:
            words.append(word)  # "–", "1992"
            continue
        if word != word.upper():
            break  # "Căn cứ", "Để …": the title has ended
        words.append(word)
    rest = _WHOSE.sub("", " ".join(words).strip(" ,-–")).strip(" ,-–")
    rest = re.sub(r",(?=\S)", ", ", _OPENING.sub("", rest))  # "KÝ KẾT,GIA NHẬP"
    if not rest or not any(c.isalpha() for c in rest):
        return None
    rest = _PROPER_NAME.sub(lambda m: _PROPER[m.group()], rest.lower().replace("uỷ", "ủy"))
    rest = _AMENDED.sub(lambda m: "Luật " + m.group(1).upper(), rest)
    kind = "Bộ luật" if head.group(1).startswith("BỘ") else "Luật"
    if not rest.startswith("sửa đổi"):  # "Luật sửa đổi, bổ sung …", as enacting sentences write
        rest = rest[0].upper() + rest[1:]
    return f"{kind} {rest}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", type=Path, nargs="+", metavar="FOLDER")
    parser.add_argument("--source", action="append", default=[],
                        help="where a folder's texts come from (once for each source)")  # fmt: skip
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    laws: dict[str, tuple[str, str]] = {}
    for folder in args.folders:  # an earlier folder's reading of a law wins
        for path in sorted(folder.glob("*.txt")):
            found = read_law(path.read_text(encoding="utf-8", errors="replace"))
            if found is None:
                continue
            number, name, passed = found
            kept = laws.setdefault(number, (name, passed))
            if _key(kept[0]) != _key(name) or kept[1] != passed:
                print(f"{number}: kept {kept[0]!r} {kept[1]}; {path} reads {name!r} {passed}")
    lines = [
        "# Laws and codes of the National Assembly: number, name, date passed (facts only).",
        "# Built by scripts/build_law_table.py from official texts; source: "
        + "; ".join(args.source),
        "number\tname\tpassed",
        *(f"{n}\t{name}\t{passed}" for n, (name, passed) in sorted(laws.items())),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(laws)} laws written to {args.out}")
    return 0


def _key(name: str) -> str:
    """A name as compared across copies: "Luật Di sản văn hoá" is "Luật Di sản văn hóa"."""
    folded = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return " ".join(re.findall(r"[a-z0-9]+", "".join(c for c in folded if c.isascii())))


if __name__ == "__main__":
    raise SystemExit(main())
