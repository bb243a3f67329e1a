"""bench/real_pages.py on a tiny news-aggregator repository made here (no network, no pool)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from bench import real_pages


def _item(ident: str, link: str, title: str, summary: str) -> dict[str, str]:
    return {"id": ident, "title": title, "link": link, "summary": summary, "source": "Tuổi Trẻ",
            "category": "Tổng hợp", "published": "2025-08-01T08:00:00+07:00"}  # fmt: skip


PLAN = _item("a" * 32, "https://tuoitre.vn/kh-1.htm", "Tỉnh ban hành kế hoạch mới",
             "UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.")  # fmt: skip
SPORT = _item("b" * 32, "https://tuoitre.vn/bong-da.htm", "Trận cầu đỉnh cao",
              "Đội tuyển thắng 2-0 tối qua.")  # fmt: skip
PARTY = _item("c" * 32, "https://tuoitre.vn/nq-57.htm", "Học tập Nghị quyết 57",
              "Đảng ủy phường quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị.")  # fmt: skip


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _commit(repo: Path, files: dict[str, str], remove: tuple[str, ...] = ()) -> None:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    for name in remove:
        _git(repo, "rm", "-q", name)
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "day")


def _aggregator(tmp_path: Path) -> Path:
    """Day 1 (json, then its js twin), day 2 added while day 1 is deleted, as the aggregator
    does; day 2 repeats day 1's plan under the same link."""
    repo = tmp_path / "agg"
    repo.mkdir()
    _git(repo, "init", "-q")
    _commit(repo, {"data/news/2025-08-01.json": json.dumps([SPORT], ensure_ascii=False)})
    _commit(repo, {"data/news/2025-08-01.json": json.dumps([PLAN, SPORT], ensure_ascii=False),
                   "static/js/data/2025-08-01.js": "window.newsData_2025_08_01 = "
                   + json.dumps({"articles": [PLAN, SPORT]}, ensure_ascii=False) + ";\n",
                   "static/js/data/index.js": "window.x = 1;\n"})  # fmt: skip
    _commit(repo, {"data/news/2025-08-02.json": json.dumps([PLAN, PARTY], ensure_ascii=False)},
            remove=("data/news/2025-08-01.json", "static/js/data/2025-08-01.js"))  # fmt: skip
    return repo / ".git"


def _folder(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}


def test_lays_out_candidates_from_the_whole_history(tmp_path: Path) -> None:
    git_dir = _aggregator(tmp_path)
    out = tmp_path / "pool"
    source = real_pages.lay_out([git_dir], out)
    files = _folder(out)
    assert sorted(files) == ["SOURCE.md", f"news-{'a' * 32}.txt", f"news-{'c' * 32}.txt"]
    assert files[f"news-{'a' * 32}.txt"] == (
        "# source: https://tuoitre.vn/kh-1.htm (Tuổi Trẻ, 2025-08-01T08:00:00+07:00)\n"
        "Tỉnh ban hành kế hoạch mới\n\n"
        "UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.\n"
    )
    assert f"{git_dir} at commit " in files["SOURCE.md"]
    assert ": 3 new items, 2 written, 0 left out" in "\n".join(source)


def test_same_commit_same_folder_and_all_keeps_everything(tmp_path: Path) -> None:
    git_dir = _aggregator(tmp_path)
    real_pages.lay_out([git_dir], tmp_path / "one")
    real_pages.lay_out([git_dir], tmp_path / "two")
    assert _folder(tmp_path / "one") == _folder(tmp_path / "two")
    real_pages.lay_out([git_dir], tmp_path / "all", keep_all=True)
    assert len(_folder(tmp_path / "all")) == 4  # three items and SOURCE.md


def test_skip_seen_leaves_out_what_a_labelled_set_holds(tmp_path: Path) -> None:
    git_dir = _aggregator(tmp_path)
    sets = tmp_path / "cases"
    sets.mkdir()
    (sets / "batch.json").write_text(json.dumps([{"url": "https://tuoitre.vn/nq-57.htm"}]))
    source = real_pages.lay_out([git_dir], tmp_path / "pool", skip_seen=[sets])
    assert sorted(_folder(tmp_path / "pool")) == ["SOURCE.md", f"news-{'a' * 32}.txt"]
    assert ": 3 new items, 1 written, 1 left out" in "\n".join(source)


def test_a_second_repository_gives_only_the_links_the_first_lacks(tmp_path: Path) -> None:
    git_dir = _aggregator(tmp_path)
    fork = tmp_path / "fork"
    subprocess.run(["git", "clone", "-q", str(git_dir.parent), str(fork)], check=True)
    late = _item("d" * 32, "https://thanhnien.vn/qd.htm", "Quyết định mới", "Quyết định số 5")
    _commit(fork, {"data/news/2025-08-03.json": json.dumps([PLAN, late], ensure_ascii=False)})
    source = real_pages.lay_out([git_dir, fork / ".git"], tmp_path / "pool")
    assert len(_folder(tmp_path / "pool")) == 4  # PLAN, PARTY, the fork's late item, SOURCE.md
    assert f"{fork / '.git'} at commit" in source[2] and ": 1 new items, 1 written" in source[2]


def test_candidate_filter() -> None:
    assert real_pages.is_candidate("theo Quyết định 1369/QĐ-BXD của Bộ Xây dựng")
    assert real_pages.is_candidate("Kế hoạch số 128-KH/HU của Huyện ủy")
    assert real_pages.is_candidate("Thủ tướng vừa ký công điện số 27")
    assert real_pages.is_candidate("Bộ GD-ĐT ban hành khung thời gian năm học")
    assert not real_pages.is_candidate("Đội tuyển thắng 2-0 tối qua, lúc 20/8")
