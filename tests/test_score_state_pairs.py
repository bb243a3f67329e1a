"""bench/score_state_pairs.py ingests the texts as `vbgraph ingest` does and scores the pairs."""

from __future__ import annotations

from pathlib import Path

from bench.score_state_pairs import Pair, naming_sentence, prints_code, report, score

# The opening of Nghị định 102/2021/NĐ-CP (thuvienphapluat.vn's copy) and its Điều 2
DECREE = (
    "CHÍNH PHỦ -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
    "---------------\nSố:\n102/2021/NĐ-CP Hà Nội, ngày 16 tháng 11 năm 2021\nNGHỊ ĐỊNH SỬA ĐỔI, "
    "BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC NGHỊ ĐỊNH VỀ XỬ PHẠT VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC THUẾ, "
    "HÓA ĐƠN; HẢI QUAN\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n…\nĐiều 2. "
    "Sửa đổi, bổ sung một số điều của Nghị định số 128/2020/NĐ-CP ngày 19 tháng 10 năm 2020 "
    "của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực hải quan\n"
)


def test_a_pair_the_text_states_is_scored_linked_and_typed(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(DECREE, encoding="utf-8")
    pairs = [
        Pair("102/2021/NĐ-CP", "sửa đổi", "128/2020/NĐ-CP"),
        # the same pair, another relation (not "bãi bỏ": a part repealed amends the text)
        Pair("102/2021/NĐ-CP", "đính chính", "128/2020/NĐ-CP"),
        Pair("102/2021/NĐ-CP", "hướng dẫn", "54/2014/QH13"),  # never named: no edge
        Pair("999/2021/NĐ-CP", "sửa đổi", "1/2020/NĐ-CP"),  # X's text absent: not scored
    ]
    s = score(pairs, tmp_path, {"x.txt": "102/2021/NĐ-CP"}, want_misses=True)
    assert (s.pairs, s.linked) == (2, 1)
    assert s.typed["sửa đổi"] == 1 and s.typed["đính chính"] == 0
    assert (s.hosts, s.hosts_right) == (1, 1)
    assert s.unnamed == 1  # 54/2014/QH13 is never named in X's text
    assert "edge X → Y of any type: 1/2 (50 %)" in report(s)


def test_the_sentence_naming_y_and_the_printed_code() -> None:
    pair = Pair("102/2021/NĐ-CP", "sửa đổi", "128/2020/NĐ-CP")
    sentence = naming_sentence(DECREE, pair)
    assert sentence is not None
    assert sentence.startswith("Sửa đổi, bổ sung một số điều của Nghị định số 128/2020/NĐ-CP")
    assert prints_code(DECREE, "102/2021/ND-CP")  # a slug's spelling, Đ and case lost
    assert not prints_code(DECREE, "103/2021/NĐ-CP")
