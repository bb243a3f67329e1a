"""Load once what every extraction needs, for a process that others are forked from.

Extraction builds some tables on its first document: the gazetteer (about 0.1 s of one core),
the law table, the index of the relation cues. The extraction workers of `vbgraph ingest
--jobs N` are copies of the writer or fork from a forkserver (`api.ingest_run.start_method`);
either way this module is imported once (and so warms) in the process they are copied from
(`api.ingest_run.worker_pool`), and each worker starts with the tables instead of building
them again.
"""

from __future__ import annotations

from ingest.extract import extract
from ingest.gazetteer import gazetteer

# A short plan's opening that reaches the lazily built tables: places of several levels, a
# law named by its title, a Party and a State code, the usual relation cues.
_OPENING = (
    "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY LẠC DƯƠNG\n*\nSố 12-KH/HU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nLạc Dương, ngày 05 tháng 3 năm 2024\n\n"
    "KẾ HOẠCH\nthực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị\n\n"
    "Căn cứ Luật Đất đai năm 2013; thực hiện Kế hoạch số 164/KH-UBND ngày 02/02/2024 của UBND "
    "tỉnh Lâm Đồng, Ban Thường vụ Huyện ủy xây dựng kế hoạch sơ kết, tổng kết như sau:\n"
    "1. Đảng ủy xã Đạ Sar quán triệt, triển khai thực hiện Quyết định số 30/2020/QĐ-TTg.\n"
)


def warm() -> None:
    """Build the tables extraction builds on its first document."""
    gazetteer()
    extract(_OPENING, path="warm.txt")


warm()  # on import: a forkserver's preload names modules, not functions
