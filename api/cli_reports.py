"""`vbgraph report` (coverage, lag, quality, top, timeline) and `vbgraph export`.

Readable rich tables with Vietnamese labels and English beside them, or --json / --csv.
Store options, exit codes and error lines are those of `api.cli_graph`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from api import present
from api.cli_graph import EXIT_FAILED, EXIT_OK, LEVEL_NAMES, add_store_options, run
from graph import export as X
from graph import lineage as L
from graph import reports as R
from graph.store import GraphStore
from ingest.codes import LEVEL_RANK, Level
from ingest.errors import VbgraphError, bilingual, os_reason
from ingest.gazetteer import provinces_before_2025
from ingest.relations import RelationType
from viz import coverage_map as M
from viz import timeline as T

Handler = Callable[[argparse.Namespace, GraphStore, TextIO], int]
YES, NO = "Đã có / implemented", "Chưa có / none recorded"


def _types(args: argparse.Namespace) -> tuple[RelationType, ...]:
    extra = (RelationType.REVIEWS,) if getattr(args, "reviews", False) else ()
    return (RelationType.IMPLEMENTS, *extra)


def _num(value: float | int | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _emit(
    args: argparse.Namespace,
    out: TextIO,
    data: dict[str, Any],
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    tables: Callable[[], list[Table]],
) -> int:
    target: Path | None = getattr(args, "output", None)
    if target is None:
        _answer(args, out, data, header, rows, tables)
        return EXIT_OK
    # `> file.csv` has no byte order mark: Excel reads it in the system's code page
    bom = args.csv and not getattr(args, "no_bom", False)
    with target.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        _answer(args, f, data, header, rows, tables)
    out.write(f"Đã ghi / written: {target}\n")
    return EXIT_OK


def _answer(args: argparse.Namespace, out: TextIO, data: dict[str, Any],
            header: Sequence[str], rows: Iterable[Sequence[Any]],
            tables: Callable[[], list[Table]]) -> None:  # fmt: skip
    """`_emit`'s answer as JSON, one CSV table or the rich tables, into `out`."""
    if args.json:
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.csv:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(header)
        w.writerows([["" if v is None else v for v in row] for row in rows])
    else:
        # document text is shown as it is, never read as markup ("[/]" in a subject)
        console = Console(file=out, width=max(120, Console(file=out).width), markup=False)
        for table in tables():
            console.print(table)


def _day(text: str) -> date:
    """A day typed on the command line: 2025-07-01 or 01/07/2025."""
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"ngày {text!r} không đọc được (YYYY-MM-DD hoặc DD/MM/YYYY) / cannot read the day "
        f"{text!r} (YYYY-MM-DD or DD/MM/YYYY)"
    )


def _read_places(path: str | None) -> list[R.PlaceRef] | None:
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        vi, en = os_reason(exc)
        raise R.InvalidPlaces(
            f"không đọc được tệp địa bàn: {vi}", f"cannot read the places file: {en}", subject=path
        ) from exc
    except UnicodeDecodeError as exc:
        raise R.InvalidPlaces(
            "tệp địa bàn không phải mã UTF-8; hãy lưu lại dạng CSV UTF-8",
            f"the places file is not UTF-8: {exc}",
            subject=path,
        ) from exc
    return R.read_places(text)


# ---------------------------------------------------------------------------- reports
def _names(store: GraphStore, keys: list[str]) -> dict[str, str]:
    """Readable names of `keys` for the tables (a code, or kind, issuer, place and year)."""
    nodes = store.nodes_by_key(sorted(set(keys)))
    return {k: present.readable(nodes[k]) if k in nodes else k for k in keys}


# Places with no implementing document listed per level unless --all (the 63 provinces fit;
# the 10,000 communes do not).
_MISSING_SHOWN = 70
# after an implementing document its text does not say which of several documents with the
# code it carries out (an undated mention of a reused code)
UNSURE = f" ({present.UNCERTAIN_LABEL})"


def _coverage(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    key = L.resolve(store, args.code)
    places = _read_places(args.places)
    era = {"units_on": args.units_on, "province": args.province}
    rep = R.coverage(store, key, places=places, from_graph=args.from_graph, types=_types(args),
                     **era)  # fmt: skip

    def rows() -> Iterator[tuple[Any, ...]]:
        """The CSV: a row a place, then one a plan whose place is not known (its own level,
        no place: the table's "place unknown" row); each plan by its key and its name."""
        keys = [k for lc in rep.levels for p in lc.places for k in p.documents]
        names = _names(store, [*keys, *rep.unplaced, *(f.document for f in rep.former_districts)])

        def named(docs: Iterable[str]) -> str:
            return "; ".join(names[k] + (UNSURE if k in rep.uncertain else "") for k in docs)

        for lc in rep.levels:
            for p in lc.places:
                yield (lc.level.value, p.place.province, p.place.district, p.place.commune,
                       p.implemented, "; ".join(p.documents), named(p.documents),
                       "; ".join(f"{f.document}: {f.place.label}" for f in p.formerly))  # fmt: skip
        for f in rep.former_districts:  # a district's plan: the district as it was, now where
            now = f.now.province if f.now else None
            yield ("district", f.place.province, f.place.district, None, True, f.document,
                   named([f.document]), f"{f.place.label} -> {now}")  # fmt: skip
        unplaced = store.nodes_by_key(rep.unplaced)
        for k in rep.unplaced:
            level = unplaced[k].level.value if k in unplaced else "unknown"
            yield level, None, None, None, True, k, named([k]), ""

    def tables() -> list[Table]:
        summary = Table(title=f"Độ phủ / coverage: {rep.code} ({LEVEL_NAMES[rep.level.value]})")
        for col in ("Cấp / level", "Địa bàn / places", YES, NO, "Tỉ lệ / share (%)"):
            summary.add_column(col, justify="left" if col.startswith("Cấp") else "right")
        for lc in rep.levels:
            summary.add_row(
                LEVEL_NAMES[lc.level.value], str(lc.total), str(lc.implemented),
                str(len(lc.missing)), _num(lc.percent),
            )  # fmt: skip
        summary.caption = _units_said(rep) + _followed(rep, lambda: R.coverage(
            store, key, places=places, from_graph=args.from_graph, types=_WITH_REVIEWS, **era,
        ))  # fmt: skip
        summary.caption_justify = "left"
        detail = Table(title="Theo địa bàn / by place")
        for col in ("Cấp / level", "Địa bàn / place", "Văn bản thực hiện / implementing"):
            detail.add_column(col)
        names = _names(store, [k for lc in rep.levels for p in lc.places for k in p.documents]
                       + list(rep.unplaced))  # fmt: skip
        for lc in rep.levels:
            shown = lc.places if args.all or len(lc.missing) <= _MISSING_SHOWN else [
                p for p in lc.places if p.implemented
            ]
            for p in shown:
                was = {f.document: f" ({_before(f.place)}{_split(f)})" for f in p.formerly}
                docs = (", ".join(names[k] + (UNSURE if k in rep.uncertain else "")
                                  + was.get(k, "") for k in p.documents)
                        if p.documents else Text(NO, style="red"))  # fmt: skip
                detail.add_row(LEVEL_NAMES[lc.level.value], p.place.label, docs)
            if len(shown) < lc.total:
                hidden = lc.total - len(shown)
                detail.add_row(
                    LEVEL_NAMES[lc.level.value],
                    Text(f"… {hidden} địa bàn khác chưa có / {hidden} more with none",
                         style="red"),
                    "--all: liệt kê / list them",
                )
        if rep.unplaced:
            summary.add_row(
                "Chưa rõ địa bàn / place unknown", "–", f"{len(rep.unplaced)} VB / docs", "", ""
            )
        out_ = [summary, detail]
        if rep.former_districts:
            out_.append(_former_districts(rep, _names(store, [f.document for f in
                                                               rep.former_districts])))  # fmt: skip
        if rep.unplaced:
            extra = Table(title="Văn bản thực hiện chưa rõ địa bàn / implementing, place unknown")
            extra.add_column("Văn bản / document")
            for k in rep.unplaced:
                extra.add_row(names[k])
            out_.append(extra)
        return out_

    header = ("level", "province", "district", "commune", "implemented", "documents", "names",
              "before_2025")  # fmt: skip
    if args.map:
        _write_map(store, key, Path(args.map), out, **era)
    return _emit(args, out, rep.as_dict(), header, rows(), tables)


_WITH_REVIEWS = (RelationType.IMPLEMENTS, RelationType.REVIEWS)
_LEVEL_WORD = {Level.PROVINCE: "tỉnh", Level.DISTRICT: "huyện", Level.COMMUNE: "xã"}


def _before(place: R.PlaceRef) -> str:
    """An old unit a plan was issued by, as the detail table says it: "trước 1/7/2025: xã An
    Bá, huyện Sơn Động, tỉnh Bắc Giang / before 1 July 2025"."""
    names = R.spelled(*place.names)
    parts = [name if name != said else f"{_LEVEL_WORD[lv]} {name}" for lv, name, said in
             zip((Level.PROVINCE, Level.DISTRICT, Level.COMMUNE), names, place.names, strict=False)
             if name]  # fmt: skip
    return f"trước 1/7/2025: {', '.join(reversed(parts))} / before 1 July 2025"


# The caption's lines on plans a count of 2025 units treats apart, each with how many.
_ISSUED_AFTER = (
    "{n} văn bản thực hiện ban hành từ 1/7/2025, đếm theo địa bàn cũ (văn bản của tỉnh sau "
    "hợp nhất tính cho mọi tỉnh cũ nhập vào); --units-on 2025-07-01 đếm theo tỉnh, xã mới / "
    "{n} implementing document(s) issued from 1 July 2025 are counted over the older units (a "
    "merged province's for each province it took in); --units-on 2025-07-01 counts the new "
    "provinces and communes"
)
_SPLIT = (
    "{n} văn bản của xã cũ bị chia cho nhiều xã mới, mỗi văn bản tính cho xã nhận phần lớn "
    "(ghi bên cạnh) / {n} plan(s) of old communes divided among several new ones, each counted "
    "for the one that took most of it (said beside it)"
)


def _split(f: R.Formerly) -> str:
    """What the detail table adds for a plan of an old commune divided among new ones: "; chia
    cho / divided among: Diên Hồng, Hòa Hưng"."""
    return f"; chia cho / divided among: {', '.join(f.split_among)}" if f.split_among else ""


def _units_said(rep: R.Coverage) -> str:
    """The lines over `_followed`: whose units the table counts (the day, the province), and
    the plans of 1 July 2025 on a count of the older units leaves without their new commune."""
    lines = []
    if rep.units_on is not None and rep.places_from == "gazetteer":
        era = ("sau sắp xếp 1/7/2025: 34 tỉnh, không còn cấp huyện / after the 1 July 2025 "
               "reorganisation: 34 provinces, no districts" if rep.reorganised else
               "trước sắp xếp 1/7/2025: 63 tỉnh / before the 1 July 2025 reorganisation: "
               "63 provinces")  # fmt: skip
        lines.append(f"Địa bàn tính theo ngày / units in force on {rep.units_on:%d/%m/%Y} "
                     f"({era})")  # fmt: skip
    if rep.within is not None:
        olds = ", ".join(provinces_before_2025(rep.within)) or rep.within
        lines.append(f"Chỉ tính địa bàn tỉnh {rep.within} sau 1/7/2025, gồm các tỉnh cũ: {olds} "
                     f"/ only the land of {rep.within} as of 1 July 2025, that of the former "
                     f"provinces {olds}")  # fmt: skip
    for docs, said in ((rep.issued_after, _ISSUED_AFTER), (rep.split, _SPLIT)):
        if docs:
            lines.append(said.format(n=len(docs)))
    return "".join(line + "\n" for line in lines)


def _former_districts(rep: R.Coverage, names: dict[str, str]) -> Table:
    """Plans of districts, a level that ended on 1 July 2025, with the province they lie in
    now: counted for no place, since no unit of 2025 is a district."""
    table = Table(title="Văn bản của cấp huyện trước 1/7/2025 (không còn cấp huyện, không tính "
                  "vào tỉ lệ) / district plans from before 1 July 2025 (no district level now; "
                  "not counted)")  # fmt: skip
    for col in ("Huyện cũ / former district", "Nay thuộc / now in", "Văn bản / document"):
        table.add_column(col)
    for f in rep.former_districts:
        district = R.spelled(None, f.place.district)[1]
        was = (f"{'' if district != f.place.district else 'huyện '}{district}, "
               f"tỉnh {f.place.province or '?'}")  # fmt: skip
        now = f"tỉnh {f.now.province}" if f.now and f.now.province else "?"
        table.add_row(was, now, names[f.document])
    return table


def _followed(rep: R.Coverage, wider: Callable[[], R.Coverage]) -> str:
    """Which relations a coverage table counts, said under it, and what --reviews would add:
    a user trial asked why Huế is missing from 57-NQ/TW's coverage — its plans carry out
    07-TB/CQTTBCĐ, which reviews 57-NQ/TW (a REVIEWS edge, not counted by default)."""
    said = ", ".join(t.label for t in rep.types)
    line = (f"Tính theo quan hệ / counted by: {said} (trực tiếp hoặc qua văn bản trung gian / "
            "directly or through documents in between)")  # fmt: skip
    if RelationType.REVIEWS in rep.types:
        return line

    def reached(r: R.Coverage) -> set[tuple[Level, str]]:
        return {(lc.level, p.place.label) for lc in r.levels for p in lc.places if p.implemented}

    more = sorted(reached(wider()) - reached(rep), key=lambda lp: (LEVEL_RANK[lp[0]], lp[1]))
    line += f"; không tính / not counted: {RelationType.REVIEWS.label} (--reviews)"
    if more:
        names = ", ".join(name for _, name in more[:5]) + (", …" if len(more) > 5 else "")
        n, plural = len(more), "s" if len(more) > 1 else ""
        line += (f"\n--reviews thêm {n} địa bàn / would add {n} place{plural}, qua văn bản sơ "
                 f"kết, tổng kết / through documents reviewing it: {names}")  # fmt: skip
    return line


def _write_map(store: GraphStore, key: str, path: Path, out: TextIO, **era: Any) -> None:
    """Draw the coverage picture to `path` (.png or .svg), over the units `era` says."""
    fmt: Literal["svg", "png"] = "svg" if path.suffix.lower() == ".svg" else "png"
    cmap, title = present.coverage_map(store, key, **era)
    _write(path, M.render(cmap.places, title=title, unplaced=cmap.unplaced, fmt=fmt, scale=1.5))
    print(f"Đã vẽ / drawn {path} ({len(cmap.places)} địa bàn / places)", file=sys.stderr)


class CannotWrite(VbgraphError):
    """An output file the user asked for cannot be written (no such folder, no permission)."""


def _write(path: Path, data: bytes) -> None:
    """Write a picture the user asked for; a path that cannot be written is one clear line."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        vi, en = os_reason(exc)
        raise CannotWrite(
            f"không ghi được tệp: {vi}", f"cannot write: {en}", subject=str(path)
        ) from exc


def _lag(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    key = L.resolve(store, args.code)
    rep = R.lag(store, key, types=_types(args))
    rows = [
        (r.key, r.code, r.level.value, r.place, r.date.isoformat() if r.date else None, r.days,
         r.depth, r.via, r.uncertain)
        for r in rep.rows
    ]  # fmt: skip

    def tables() -> list[Table]:
        day = rep.date.isoformat() if rep.date else "không rõ / unknown"
        summary = Table(title=f"Độ trễ thực hiện / implementation lag: {rep.code} (ngày {day})")
        if rep.uncertain:
            summary.caption = (
                "Văn bản chưa chắc (chỉ dẫn số hiệu không kèm ngày, có thể là văn bản cùng số "
                "hiệu khác) được liệt kê, không tính / uncertain documents (an undated mention "
                "of a code several documents share) are listed, not counted"
            )
        cols = ("Cấp / level", "Số VB / docs", "Trung vị / median", "Nhỏ nhất / min",
                "P25", "P75", "Lớn nhất / max", "Không rõ ngày / undated",
                "Chưa chắc, không tính / uncertain, not counted")  # fmt: skip
        for col in cols:
            summary.add_column(col, justify="left" if col.startswith("Cấp") else "right")
        for lv in rep.levels:
            s = lv.spread
            summary.add_row(
                LEVEL_NAMES[lv.level.value], str(s.count), _num(s.median), _num(s.min),
                _num(s.p25), _num(s.p75), _num(s.max), str(len(lv.undated)),
                str(len(lv.uncertain)),
            )  # fmt: skip
        detail = Table(title="Từng văn bản / each document")
        for col in ("Số hiệu / code", "Cấp / level", "Địa bàn / place", "Ngày / date",
                    "Độ trễ (ngày) / lag (days)"):  # fmt: skip
            detail.add_column(col)
        names = _names(store, [r.key for r in rep.rows])
        for r in rep.rows:
            detail.add_row(
                names[r.key] + (UNSURE if r.uncertain else ""), LEVEL_NAMES[r.level.value],
                r.place, r.date.isoformat() if r.date else "không rõ / undated", _num(r.days),
            )  # fmt: skip
        return [summary, detail]

    header = ("key", "code", "level", "place", "date", "lag_days", "depth", "via", "uncertain")
    return _emit(args, out, rep.as_dict(), header, rows, tables)


# Every count of `report quality`, as a reader names it.
_QUALITY_COUNTS = {
    "conflicts": "Ngày, khóa mâu thuẫn / conflicting dates and terms",
    "type_mismatches": "Loại văn bản mâu thuẫn với số hiệu / type word contradicts the code",
    "unqualified": "Mã địa phương chưa rõ địa bàn / local codes with no known place",
    "uncertain": "Danh tính chưa chắc chắn / uncertain identity",
    "possible_duplicates": "Có thể trùng nhau / possible duplicates",
    "stubs": "Chưa thu thập / stubs (cited, not ingested)",
    "short_forms": "Tên gọi tắt chưa rõ văn bản / unresolved short forms",
    "relies_on_ended": "Dựa vào văn bản hết hiệu lực / relying on an ended document",
    "misprinted_years": "Có thể in sai năm: hai văn bản là một / year possibly misprinted: two "
                        "documents may be one",
}
_QUALITY_SECTIONS = (
    ("stubs", "Chưa thu thập, nên tìm tiếp / stubs worth acquiring (most cited first)"),
    ("type_mismatches", _QUALITY_COUNTS["type_mismatches"]),
    ("unqualified", _QUALITY_COUNTS["unqualified"]),
    ("uncertain", _QUALITY_COUNTS["uncertain"]),
)


def _quality(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    rep = R.quality(store)
    rows: list[tuple[Any, ...]] = []
    for name, _ in _QUALITY_SECTIONS:
        for d in getattr(rep, name):
            rows.append((name, d.key, d.code, d.level, d.place, d.cited_by, d.uncertain,
                         "; ".join(d.detail)))  # fmt: skip
    for c in rep.conflicts:
        values = "; ".join(f"{v} ({', '.join(sorted({f.doc for f in fs}))})" for v, fs in c.values)
        rows.append(("conflicts", c.key, c.key, "", "", "", "", f"{c.field}: {values}"))
    for dup in rep.possible_duplicates:
        rows.append(("possible_duplicates", dup["key"], dup["other"], "", "", "", "", ""))
    for r in rep.relies_on_ended:
        detail = f"{r['type']} {r['target']}; ended by {', '.join(r['ended_by'])}"
        rows.append(("relies_on_ended", r["source"], r["source"], "", "", "", "", detail))
    for m in rep.misprinted_years:
        rows.append(("misprinted_years", m.suspect, m.code, "", "", "", "", _misprint_detail(m)))

    files = present.source_names(
        store, [f.doc for c in rep.conflicts for _, fs in c.values for f in fs]
        + [d for m in rep.misprinted_years for d in m.suspect_docs]
    )

    def tables() -> list[Table]:
        summary = Table(title="Chất lượng dữ liệu / data quality")
        summary.add_column("Mục / finding")
        summary.add_column("Số / count", justify="right")
        for name, n in rep.counts().items():
            summary.add_row(_QUALITY_COUNTS.get(name, name), str(n))
        tabs = [summary]
        conflicts = Table(title="Ngày, khóa mâu thuẫn / conflicting dates and terms")
        for col in ("Khóa / key", "Trường / field", "Giá trị (nguồn) / values (sources)"):
            conflicts.add_column(col)
        for c in rep.conflicts:
            conflicts.add_row(c.key, present.FIELD_NAMES.get(c.field, c.field), "\n".join(
                f"{v} ({', '.join(sorted({files[f.doc] for f in fs}))})" for v, fs in c.values
            ))  # fmt: skip
        tabs.append(conflicts)
        for name, title in _QUALITY_SECTIONS:
            issues = getattr(rep, name)
            if not issues:
                continue
            t = Table(title=title)
            for col in ("Số hiệu / code", "Cấp / level", "Địa bàn / place",
                        "Được dẫn / cited by", "Chi tiết / detail"):  # fmt: skip
                t.add_column(col)
            shown = issues[: args.limit]
            # "20-NQ/TW (khóa XI)": two stubs of 20-NQ/TW (2012, 2017) were two rows "20-NQ/TW"
            names = _names(store, [d.key for d in shown])
            for d in shown:
                t.add_row(names.get(d.key, d.code), LEVEL_NAMES.get(d.level, d.level), d.place,
                          _counted(d.cited_by, d.uncertain), ", ".join(d.detail))  # fmt: skip
            tabs.append(t)
        if rep.relies_on_ended:
            stale = Table(title="Vẫn dựa vào văn bản đã hết hiệu lực / relying on a replaced or "
                                "repealed document")  # fmt: skip
            for col in ("Văn bản / document", "Quan hệ / type", "Văn bản hết hiệu lực / ended",
                        "Thay thế, bãi bỏ bởi / ended by"):  # fmt: skip
                stale.add_column(col)
            for r in rep.relies_on_ended[: args.limit]:
                stale.add_row(r["source"], RelationType(r["type"]).label, r["target"],
                              ", ".join(r["ended_by"]))  # fmt: skip
            tabs.append(stale)
        if rep.misprinted_years:
            tabs.append(_misprint_table(rep.misprinted_years[: args.limit], files))
        if rep.short_forms:
            short = Table(title="Tên gọi tắt chưa rõ văn bản / unresolved short forms")
            for col in ("Văn bản / document", "Tên gọi / written as", "Vị trí / offset"):
                short.add_column(col)
            for s in rep.short_forms[: args.limit]:
                short.add_row(s["key"], s["surface"], str(s["start"]))
            tabs.append(short)
        return tabs

    header = ("section", "key", "code", "level", "place", "cited_by", "uncertain", "detail")
    return _emit(args, out, rep.as_dict(), header, rows, tables)


def _misprint_detail(m: R.MisprintedYear) -> str:
    """ "57-NQ/TW@XI 2014-12-22 (1); 57-NQ/TW@XIII 2024-12-22 (33); subjects 100%" """
    return (f"{m.suspect} {m.suspect_date} ({m.suspect_mentions}); {m.likely} {m.likely_date} "
            f"({m.likely_mentions}); subjects {m.score:g}%")  # fmt: skip


def _misprint_table(found: Sequence[R.MisprintedYear], files: Mapping[str, str]) -> Table:
    t = Table(title=_QUALITY_COUNTS["misprinted_years"])
    for col in ("Số hiệu / code", "Văn bản, ngày (số lần nêu) / document, date (mentions)",
                "Nhận định / reading", "Nguồn ghi năm ít gặp / texts giving the rarer year"):
        t.add_column(col)
    for m in found:
        reading = ("chưa rõ bên nào đúng / cannot tell which is right" if m.even else
                   f"có lẽ {m.suspect} in sai năm / {m.suspect} probably misprinted")
        t.add_row(m.code,
                  f"{m.likely}: {m.likely_date} ({m.likely_mentions})\n"
                  f"{m.suspect}: {m.suspect_date} ({m.suspect_mentions})",
                  f"{reading}; trích yếu giống / subjects agree {m.score:g}%",
                  "\n".join(files.get(d, d) for d in m.suspect_docs))  # fmt: skip
    t.caption = ("Cùng số hiệu, cùng ngày tháng ở hai năm, trích yếu giống nhau / the same code, "
                 "day and month in two years, the same subject")  # fmt: skip
    return t


def _top_table(title: str, ranked: Sequence[R.Ranked], names: Mapping[str, str]) -> Table:
    t = Table(title=title)
    for col in ("#", "Số hiệu / code", "Cấp / level", "Địa bàn / place", "Ngày / date", "Số / n"):
        t.add_column(col, justify="right" if col in ("#", "Số / n") else "left")
    for i, r in enumerate(ranked, 1):
        # "35-CT/TW (khóa XII)": the 2019 and 2024 directives were two rows of "35-CT/TW"
        name = names.get(r.key, r.code)
        t.add_row(str(i), name, LEVEL_NAMES[r.level.value], r.place, r.date or "–",
                  _counted(r.count, r.uncertain))  # fmt: skip
    if any(r.uncertain for r in ranked):
        t.caption = (
            "Xếp theo số văn bản chắc chắn dẫn chiếu (không tính chưa chắc) / ranked by the "
            "documents that surely cite it (uncertain ones not counted)"
        )
    return t


def _counted(count: int, uncertain: int) -> str:
    """A count of citers with those that only may mean the document said beside it: an
    undated plan naming 35-CT/TW is counted for each directive ("3 (2 chưa chắc /
    uncertain)")."""
    return f"{count} ({uncertain} {present.UNCERTAIN_LABEL})" if uncertain else str(count)


def _top(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    if args.by:
        groups = R.top_groups(store, by=args.by, limit=args.limit)
    else:
        level = Level(args.level) if args.level else None
        groups = {"": R.top(store, level=level, year=args.year, limit=args.limit)}
    rows = [
        (group, ranking, i, r.key, r.code, r.level.value, r.place, r.date, r.count, r.uncertain)
        for group, rep in groups.items()
        for ranking, ranked in (("cited", rep.cited), ("implemented", rep.implemented))
        for i, r in enumerate(ranked, 1)
    ]

    def tables() -> list[Table]:
        names = _names(store, [r[3] for r in rows])
        tabs = []
        for group, rep in groups.items():
            name = LEVEL_NAMES.get(group, group)
            what = f" — {name}" if group else ""
            tabs.append(_top_table(f"Được dẫn nhiều nhất / most cited{what}", rep.cited, names))
            tabs.append(_top_table(
                f"Được thực hiện nhiều nhất / most implemented{what}", rep.implemented, names
            ))  # fmt: skip
        return tabs

    data = {g: rep.as_dict() for g, rep in groups.items()} if args.by else groups[""].as_dict()
    header = ("group", "ranking", "rank", "key", "code", "level", "place", "date", "count",
              "uncertain")  # fmt: skip
    return _emit(args, out, data, header, rows, tables)


def _timeline(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    key = L.resolve(store, args.code)
    tl = R.lineage_timeline(store, key)
    node = store.node(key)
    name = node.canonical if node and node.canonical else key  # (the file's name)
    title = present.timeline_title(node, key)
    path = Path(args.output or f"timeline-{_safe_name(name)}.png")
    if path.suffix.lower() == ".svg":
        _write(path, T.render_svg(tl.docs, tl.links, title=title).encode("utf-8"))
    else:
        _write(path, T.render_png(tl.docs, tl.links, title=title))
    print(f"Đã ghi / wrote {path} ({len(tl.docs)} văn bản / documents)", file=out)
    return EXIT_OK


def _safe_name(code: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in code).strip("-")


# ---------------------------------------------------------------------------- export
def _export(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    key = L.resolve(store, args.code) if args.code else None
    graph = X.select(store, key)
    fmt = args.format
    if fmt == "csv":
        dest = args.output or "vbgraph-export/"
        nodes_path, edges_path = X.write_csv(graph, dest, bom=not args.no_bom)
        print(f"Đã ghi / wrote {nodes_path}, {edges_path}", file=out)
    elif args.output in (None, "-"):
        data = X.export_bytes(graph, fmt)
        out.write(data.decode("utf-8"))
    else:
        path = X.write_file(graph, fmt, args.output)
        print(f"Đã ghi / wrote {path}", file=sys.stderr)
    if graph.truncated:
        said = bilingual(
            "dòng văn bản bị cắt bớt (quá số nút tối đa)", "lineage truncated (node limit)"
        )
        print(f"vbgraph export: {said}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


# ---------------------------------------------------------------------------- parser
def _output_options(parser: argparse.ArgumentParser) -> None:
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--json", action="store_true", help="the API's JSON answer")
    how.add_argument("--csv", action="store_true", help="one CSV table")
    parser.add_argument("-o", "--output", metavar="FILE", type=Path,
                        help="write the answer to FILE instead (CSV with a UTF-8 byte order "
                        "mark, as `vbgraph export` writes, so that Excel shows Vietnamese)")
    parser.add_argument("--no-bom", action="store_true",
                        help="-o with --csv: no byte order mark (scripts read either with "
                        "utf-8-sig)")  # fmt: skip


def _add(subparsers: Any, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, description=help)
    add_store_options(parser)
    parser.set_defaults(handler=lambda a: run(handler, a, stdout=sys.stdout, stderr=sys.stderr))
    return parser


def register(subparsers: Any) -> None:
    """Add `report` (coverage, lag, quality, top, timeline) and `export` to `vbgraph`."""
    report = subparsers.add_parser("report", help="báo cáo phân tích / analyst reports")
    kinds = report.add_subparsers(dest="report", required=True)
    what = ("độ phủ: địa bàn cấp dưới đã có, chưa có văn bản thực hiện / which places below a "
            "document implement it, and which have none recorded")
    p = _add(kinds, "coverage", _coverage, what)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--places", metavar="FILE.csv",
                   help="expected places: CSV level,province,district,commune")  # fmt: skip
    p.add_argument("--from-graph", action="store_true",
                   help="count only the places the graph's documents name (default: every "
                   "unit in force on the document's date, from the gazetteer)")  # fmt: skip
    p.add_argument("--map", metavar="FILE.png|FILE.svg",
                   help="also draw the places one level below on a map, by status")
    p.add_argument("--all", action="store_true",
                   help=f"list every place with none (default: up to {_MISSING_SHOWN} per level)")
    p.add_argument("--reviews", action="store_true", help="count REVIEWS chains too")
    p.add_argument("--units-on", metavar="YYYY-MM-DD", type=_day,
                   help="count the units in force on this day (default: the document's date); "
                   "2025-07-01 or later: the 34 provinces and their new communes, old "
                   "communes' plans counted for the new commune they are part of")  # fmt: skip
    p.add_argument("--province", metavar="TÊN / NAME",
                   help="only this province's land as of 1 July 2025, by its old or new name "
                   "('Bắc Giang' or 'Bắc Ninh')")  # fmt: skip
    _output_options(p)
    said = ("độ trễ: số ngày đến từng văn bản thực hiện / days from a "
            "document's date to each implementing document")
    p = _add(kinds, "lag", _lag, said)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--reviews", action="store_true", help="count REVIEWS chains too")
    _output_options(p)
    said = ("chất lượng dữ liệu: mâu thuẫn, sai loại, mã chưa rõ địa bàn, "
            "văn bản chưa thu thập / conflicts, type mismatches, unplaced codes, stubs")
    p = _add(kinds, "quality", _quality, said)
    p.add_argument("--limit", type=int, default=25, help="rows per table (default 25)")
    _output_options(p)
    said = ("văn bản được dẫn chiếu, được thực hiện nhiều nhất / most cited "
            "and most implemented documents")
    p = _add(kinds, "top", _top, said)
    p.add_argument("--level", choices=[lv.value for lv in Level])
    p.add_argument("--year", type=int)
    p.add_argument("--by", choices=("level", "year"), help="one ranking per level or year")
    p.add_argument("--limit", type=int, default=10, help="rows per ranking (default 10)")
    _output_options(p)
    said = ("biểu đồ dòng văn bản theo ngày và cấp / draw a lineage by date "
            "and level (PNG or SVG)")
    p = _add(kinds, "timeline", _timeline, said)
    p.add_argument("code", metavar="CODE")
    p.add_argument("-o", "--output", metavar="FILE.png|FILE.svg",
                   help="default timeline-<code>.png")  # fmt: skip

    said = ("xuất đồ thị hoặc một dòng văn bản ra tệp / write the graph or "
            "one lineage to a file")
    p = _add(subparsers, "export", _export, said)
    p.add_argument("--format", required=True, choices=X.FORMATS)
    p.add_argument("-o", "--output", metavar="PATH",
                   help="file (default stdout); for csv a directory or a prefix "
                   "(default vbgraph-export/)")  # fmt: skip
    p.add_argument("--no-bom", action="store_true",
                   help="csv: no UTF-8 byte order mark (by default one is written, so "
                   "that Excel shows Vietnamese; scripts read either with utf-8-sig)")  # fmt: skip
    p.add_argument("code", nargs="?", metavar="CODE", help="export only CODE's lineage")
