"""Lay out a pool of real news items for future blind labelled batches (tests/realworld).

The stored pages corpus the labelled sets came from is used up; this pool is its successor. It
is kept OUT of the repository and out of vbgraph's scoring until a batch is drawn from it and
labelled blind (FORMAT.md), so that the batches stay unseen.

Sources: two public repositories of one news aggregator, mnngoisaoxanh/tintuchangngay and
hotrung1234/news-aggregator (both by one author, separate histories from August 2025; so each
holds items the other lacks). Their GitHub Action stores every two hours the RSS items (title,
summary, link, publisher, time) of VnExpress, Thanh Niên and Tuổi Trẻ (Dân Trí is configured
too, but its feed gave no item), one file per day (`data/news/<day>.json`, and the same items
wrapped as `window.newsData_<day> = {...}` in `static/js/data/<day>.js`). It keeps only the last
days at its head and deletes older ones, so the pool is read from the history: for every day
file ever committed, its last committed version; items are merged by link (the first repository,
then the earliest day file that holds a link gives its text). Items are news summaries from
national newspapers, August 2025 to August 2026: after the July 2025 reorganisation (provinces
and communes merged, districts gone).

Each kept item becomes `news-<item id>.txt`:

    # source: <link> (<publisher>, <published>)
    <title>

    <summary>

For labellers: each item is a newspaper's own headline and lead (source "news" in FORMAT.md),
which is what FORMAT.md lets a case quote from a newspaper (headline + the sentence naming the
document); the link leads to the full article. Some leads are cut by the feed ("..."). Most
items report central bodies (Chính phủ, Thủ tướng, Bộ …, Bộ Chính trị), fewer a province or
city (UBND/Tỉnh ủy/Thành ủy), a few a commune or ward (over half in TP.HCM, some of them Thanh Niên
"UBND xã … trân trọng thông báo" notices); none a district (gone since July 2025). Many name a
document by kind and number only ("Nghị quyết 57", "công điện số 27"), few by full code.

By default only candidates are kept: items whose title or summary names a document (a
document code such as 12/2025/NĐ-CP or 45-KH/TU; a kind of document followed by a number;
or "ban hành"). `--all` keeps every item; `--skip-seen DIR ...` leaves out items a labelled
set under DIR already holds (same link, or same long title). SOURCE.md names the repositories'
commits and the counts. The same commits give the same folder. With `fetch` mirrors (or clones):

    python -m bench.real_pages --news /work/.mirror/mnngoisaoxanh+tintuchangngay/repo \
        /work/.mirror/hotrung1234+news-aggregator/repo \
        --out /work/realpages --skip-seen tests/realworld/cases tests/realworld/holdout
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

DAY_DIRS = ("data/news", "static/js/data")

# A document code: "12/2025/NĐ-CP", "1369/QĐ-BXD", "45-KH/TU", "128-KH/HU", "03-HD/BTCTW".
_CODE = re.compile(
    r"\b\d{1,5}(?:/\d{4})?/[A-ZĐ]{1,8}(?:-[A-ZĐ0-9]{1,10})+\b"
    r"|\b\d{1,5}-[A-ZĐ]{1,6}/[A-ZĐ0-9]{1,10}(?:-[A-ZĐ0-9]{1,10})*\b"
)
# A kind of document followed by its number: "Nghị quyết 57", "Kế hoạch số 12", "Chỉ thị 05".
_KIND_NUMBER = re.compile(
    r"\b(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Thông tư|Thông báo|"
    r"Công điện|Công văn|Hướng dẫn|Quy định|Chương trình|Đề án|Luật)\s+(?:số\s+)?\d",
    re.IGNORECASE,
)
_ISSUED = re.compile(r"\bban hành\b", re.IGNORECASE)
_JS_WRAPPER = re.compile(r"^\s*window\.[A-Za-z0-9_]+\s*=\s*", re.DOTALL)


@dataclass(frozen=True)
class Item:
    id: str
    link: str
    title: str
    summary: str
    publisher: str
    published: str

    def text(self) -> str:
        head = f"# source: {self.link} ({self.publisher}, {self.published})"
        return f"{head}\n{self.title}\n\n{self.summary}\n"


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True
    ).stdout


def is_candidate(text: str) -> bool:
    """Whether the text names a document: a code, a kind with its number, or "ban hành"."""
    return bool(_CODE.search(text) or _KIND_NUMBER.search(text) or _ISSUED.search(text))


def last_versions(git_dir: Path) -> dict[str, str]:
    """Each day file ever committed under DAY_DIRS -> the last commit that added or changed
    it (deleted files are read at that commit, before their deletion)."""
    log = _git(
        git_dir, "log", "--format=C %H", "--name-status", "--no-renames", "-z", "HEAD",
        "--", *DAY_DIRS,
    ).decode("utf-8")  # fmt: skip
    last: dict[str, str] = {}
    commit = ""
    fields = iter(log.split("\0"))  # "C <hash>", then status and path fields in turn
    for field in fields:
        field = field.strip("\n")
        if field.startswith("C "):
            commit = field[2:]
        elif field in ("A", "M", "D", "T"):
            path = next(fields)
            if field != "D" and path not in last and _is_day_file(path):
                last[path] = commit
    return last


def _is_day_file(path: str) -> bool:
    name = PurePosixPath(path).name
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}\.(?:json|js)", name))


def _items_of(data: bytes, path: str) -> list[dict[str, object]]:
    text = data.decode("utf-8", errors="replace")
    if path.endswith(".js"):
        text = _JS_WRAPPER.sub("", text, count=1).rstrip().rstrip(";")
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError:
        return []  # a day file cut short by the aggregator (seen once or twice)
    if isinstance(parsed, dict):
        parsed = parsed.get("articles", [])
    if not isinstance(parsed, list):
        return []
    return [entry for entry in parsed if isinstance(entry, dict)]


def read_items(git_dir: Path, seen: set[str] | None = None) -> Iterator[Item]:
    """Every item of every day file's last version, one per link (links in `seen`, which
    grows, are passed over), in the order of the day files (by day, then data/news before
    static/js/data) and of the items in them."""
    last = last_versions(git_dir)
    order = sorted(last, key=lambda p: (PurePosixPath(p).stem, p))
    seen = set() if seen is None else seen
    for path in order:
        data = _git(git_dir, "show", f"{last[path]}:{path}")
        for entry in _items_of(data, path):
            link = str(entry.get("link") or "").strip()
            ident = str(entry.get("id") or "").strip()
            if not link or not re.fullmatch(r"[0-9a-f]{8,64}", ident) or link in seen:
                continue
            seen.add(link)
            yield Item(
                id=ident,
                link=link,
                title=" ".join(str(entry.get("title") or "").split()),
                summary=str(entry.get("summary") or "").strip(),
                publisher=str(entry.get("source") or "").strip(),
                published=str(entry.get("published") or "").strip(),
            )


def _seen_text(dirs: Sequence[Path]) -> str:
    """The text of every labelled set file under `dirs` (their URLs and excerpts)."""
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for folder in dirs
        for path in sorted(folder.rglob("*.json"))
    )


def _already_seen(item: Item, seen: str) -> bool:
    """Whether a labelled set already holds the item: its link (without the scheme) or, for
    the same story under another address, the first 60 characters of a long title."""
    link = re.sub(r"^https?://", "", item.link)
    return link in seen or (len(item.title) >= 40 and item.title[:60] in seen)


def lay_out(
    news: Sequence[Path], out: Path, keep_all: bool = False, skip_seen: Sequence[Path] = ()
) -> list[str]:
    """Write the pool of the aggregator repositories `news` (in that order; a link the first
    gave is not taken again from the next) into `out`, leaving out items the sets in
    `skip_seen` already hold; return the lines of its SOURCE.md."""
    out.mkdir(parents=True, exist_ok=True)
    seen = _seen_text(skip_seen)
    what = "every item" if keep_all else "the candidates (a code, a kind with a number, 'ban hành')"
    source = [
        "Real news items laid out by bench/real_pages.py (not to be committed: newspapers' text). "
        f"Day files of {', '.join(DAY_DIRS)} over each repository's history, the last version "
        "of each; one item per link, the first repository first:"
    ]
    links: set[str] = set()
    names: set[str] = set()
    for git_dir in news:
        total, kept, skipped = _lay_out_one(git_dir, out, keep_all, seen, links, names)
        head = _git(git_dir, "rev-parse", "HEAD").decode().strip()
        source.append(f"- {git_dir} at commit {head}: {total} new items, {kept} written, "
                      f"{skipped} left out as already in a labelled set.")  # fmt: skip
    source += [
        f"- Written: {what}; {len(names)} in all. Sets checked: "
        f"{', '.join(map(str, skip_seen)) or 'none'}.",
        "- Publishers: VnExpress, Thanh Niên, Tuổi Trẻ (their RSS title and summary; Dân Trí's "
        "feed is configured but gave no item).",
        "- The repositories state no licence; keep the pool local, for blind labelling only.",
    ]
    (out / "SOURCE.md").write_text("\n".join(source) + "\n", encoding="utf-8")
    return source


def _lay_out_one(
    git_dir: Path, out: Path, keep_all: bool, seen: str, links: set[str], names: set[str]
) -> tuple[int, int, int]:
    total = kept = skipped = 0
    for item in read_items(git_dir, links):
        total += 1
        if not keep_all and not is_candidate(f"{item.title}\n{item.summary}"):
            continue
        if seen and _already_seen(item, seen):
            skipped += 1
            continue
        name = f"news-{item.id}.txt"
        if name in names:
            continue  # two links with one id: keep the first
        names.add(name)
        (out / name).write_text(item.text(), encoding="utf-8")
        kept += 1
    return total, kept, skipped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, nargs="+", required=True, metavar="GIT_DIR",
                        help="Git dirs of mnngoisaoxanh/tintuchangngay and of "
                        "hotrung1234/news-aggregator (the same aggregator)")  # fmt: skip
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--all", action="store_true", help="keep every item, not only candidates")
    parser.add_argument("--skip-seen", type=Path, nargs="*", default=[], metavar="DIR",
                        help="leave out items the labelled sets under DIR already hold "
                        "(tests/realworld/cases, tests/realworld/holdout)")  # fmt: skip
    args = parser.parse_args(argv)
    print("\n".join(lay_out(args.news, args.out, args.all, args.skip_seen)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
