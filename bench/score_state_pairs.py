"""Score the graph against what publishers say State texts do to one another (issue 13).

A pairs file lists, one a line, a document X, a relation as the publisher names it and a
document Y ("X sửa đổi Y": thuvienphapluat.vn's "[Khoản này được sửa đổi bởi … Nghị định
226/2025/NĐ-CP …]" in Y's text, or a "lược đồ" list on X's page: "Văn bản được hướng dẫn",
"Văn bản bị thay thế" …). The texts are ingested as `vbgraph ingest` does (`ingest_files` into
a temporary embedded store), and over the pairs whose X text is in the folder this reports:

* the share of pairs (X, Y) with an edge X → Y of any type;
* the share of (X, relation, Y) with an edge of the type the relation names (RELATION_TYPES),
  overall and per relation;
* host-code accuracy: the ingested documents whose own code vbgraph gives as the publisher does.

    python -m bench.score_state_pairs --pairs /work/statepairs/pairs_dev.tsv
    python -m bench.score_state_pairs --pairs … --misses   # each miss, with X's sentence naming Y

Pairs file (TSV with a header): x_code, relation, y_code, then optionally x_name, y_name,
x_file. Codes file (TSV with a header): file, code, how (the publisher's code of each text).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from api.ingest_run import ingest_files
from graph.embedded import EmbeddedStore
from ingest.relations import RelationType
from ingest.text import shadow_of

R = RelationType
# The relation as a publisher names it → the edge types that state it (the first is the type
# the relation names; a second is accepted where the publisher's word covers both: a phrase
# "bị thay thế" is replaced by an amending text, "hết hiệu lực bởi" a repeal or a replacement;
# a part "bị bãi bỏ" is repealed by an amending text, FORMAT's "bãi bỏ Điều 5": AMENDS).
RELATION_TYPES: dict[str, tuple[RelationType, ...]] = {
    "sửa đổi": (R.AMENDS,),
    "bổ sung": (R.AMENDS,),
    "sửa đổi, bổ sung": (R.AMENDS,),
    "văn bản bị sửa đổi bổ sung": (R.AMENDS,),
    "thay thế": (R.REPLACES, R.AMENDS),
    "văn bản bị thay thế": (R.REPLACES, R.AMENDS),
    "bãi bỏ": (R.REPEALS, R.AMENDS),
    "hủy bỏ": (R.REPEALS, R.AMENDS),
    "văn bản bị bãi bỏ": (R.REPEALS, R.AMENDS),
    "hết hiệu lực": (R.REPEALS, R.REPLACES),
    "hướng dẫn": (R.GUIDES,),
    "văn bản được hướng dẫn": (R.GUIDES,),
    "văn bản được quy định chi tiết, hướng dẫn thi hành": (R.GUIDES,),
    "đính chính": (R.CORRECTS,),
    "văn bản bị đính chính": (R.CORRECTS,),
    "hợp nhất": (R.CONSOLIDATES,),
    "văn bản được hợp nhất": (R.CONSOLIDATES,),
    "đình chỉ": (R.SUSPENDS,),
    "căn cứ ban hành": (R.BASED_ON,),
    "văn bản căn cứ": (R.BASED_ON,),
}
_SENTENCE_END = re.compile(r"[.;:\n]")
_CODE_NUMBER = re.compile(r"^(\d+[a-z]?)/(?:(\d{4})/)?")


def fold(code: str) -> str:
    """Codes compared without case or the bar of Đ (some publishers' slugs drop both)."""
    return code.upper().replace("Đ", "D")


@dataclass(frozen=True, slots=True)
class Pair:
    x: str
    relation: str
    y: str
    x_name: str = ""
    y_name: str = ""
    x_file: str = ""


@dataclass
class Score:
    pairs: int = 0  # distinct (X, Y)
    linked: int = 0
    triples: Counter[str] = field(default_factory=Counter)  # relation → (X, rel, Y) scored
    typed: Counter[str] = field(default_factory=Counter)  # relation → with the right type
    found: Counter[str] = field(default_factory=Counter)  # relation → with any edge
    hosts: int = 0
    hosts_right: int = 0
    misses: list[str] = field(default_factory=list)
    unnamed: int = 0  # missed pairs whose X text never names Y


def load_pairs(path: Path) -> list[Pair]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        Pair(
            r["x_code"],
            r["relation"].strip().casefold(),
            r["y_code"],
            r.get("x_name") or "",
            r.get("y_name") or "",
            r.get("x_file") or "",
        )
        for r in rows
    ]


def load_codes(path: Path) -> dict[str, str]:
    """file name → the publisher's code of the text."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["file"]: r["code"] for r in csv.DictReader(fh, delimiter="\t")}


def ingest(store: EmbeddedStore, files: Sequence[Path], jobs: int) -> None:
    with store.batch():
        ingest_files(store, files, jobs=jobs)


def _host_key(store: EmbeddedStore, path: Path) -> str | None:
    for name in (str(path), str(path.resolve())):
        docs = store.documents_at(name)
        if docs:
            return docs[0].host_key
    return None


def _node_codes(store: EmbeddedStore, key: str) -> set[str]:
    node = store.node(key)
    if node is None:
        return {fold(key)}
    return {fold(c) for c in node.codes} | {fold(key)}


_HEAD = 4000  # a text prints its own code in its header


def prints_code(text: str, code: str) -> bool:
    """Whether the head of `text` prints `code` (spaces, case and the bar of Đ aside)."""
    head = re.sub(r"\s+", "", fold(text[:_HEAD]))
    return re.sub(r"\s+", "", fold(code)) in head


def naming_sentence(text: str, pair: Pair) -> str | None:
    """The sentence of X that names Y (by its number, or by its name without the year)."""
    shadow = shadow_of(text)
    needles = []
    m = _CODE_NUMBER.match(pair.y)
    if m:
        number, year = m.groups()
        if year:
            needles.append(re.compile(rf"(?<![\d/]){number}\s*/\s*{year}(?![\d])"))
        else:
            tail = re.escape(shadow_of(pair.y.split("/", 1)[1]).lower())
            needles.append(re.compile(rf"(?<![\d/]){number}\s*/\s*{tail}"))
    name = re.sub(r"\s*(?:sửa đổi\s*)?\d{4}$", "", pair.y_name).strip()
    if name and not _CODE_NUMBER.search(name) and len(name.split()) >= 2:
        needles.append(re.compile(re.escape(shadow_of(name).lower())))
    low = shadow.lower()
    for needle in needles:
        hit = needle.search(low)
        if hit:
            start = max(
                (mm.end() for mm in _SENTENCE_END.finditer(text, 0, hit.start())), default=0
            )
            stop = _SENTENCE_END.search(text, hit.end())
            end = stop.start() if stop else len(text)
            return " ".join(text[max(start, hit.start() - 300) : min(end, hit.end() + 200)].split())
    return None


def score(
    pairs: Iterable[Pair],
    texts: Path,
    codes: dict[str, str],
    *,
    jobs: int = 1,
    host_files: Sequence[str] = (),
    want_misses: bool = False,
) -> Score:
    """Ingest the X texts (and `host_files`) and score the pairs whose X text is there."""
    by_code: dict[str, str] = {}
    for f, c in codes.items():
        by_code.setdefault(fold(c), f)
    pairs = list(pairs)
    x_files = {p.x: p.x_file or by_code.get(fold(p.x), "") for p in pairs}
    wanted = sorted({f for f in x_files.values() if f and (texts / f).is_file()} | set(host_files))
    store = EmbeddedStore(None)
    ingest(store, [texts / f for f in wanted], jobs)
    hosts = {f: _host_key(store, texts / f) for f in wanted}
    out = Score()
    for f in wanted:
        if f not in codes or not prints_code((texts / f).read_text(encoding="utf-8"), codes[f]):
            continue
        out.hosts += 1
        key = hosts[f]
        if key is not None and fold(codes[f]) in _node_codes(store, key):
            out.hosts_right += 1
        elif want_misses:
            said = sorted(_node_codes(store, key)) if key else []
            out.misses.append(f"HOST {f}: publisher {codes[f]}, vbgraph {said[:3]}")
    edges: dict[str, dict[str, set[RelationType]]] = {}  # x file → y code (folded) → types
    for f in wanted:
        key = hosts[f]
        if key is None:
            continue
        found: dict[str, set[RelationType]] = defaultdict(set)
        for e in store.out_edges([key]):
            for c in _node_codes(store, e.target):
                found[c].add(RelationType(e.type))
        edges[f] = found
    seen: set[tuple[str, str]] = set()
    for p in pairs:
        f = x_files[p.x]
        if not f or f not in edges:
            continue
        types = edges[f].get(fold(p.y), set())
        if (p.x, p.y) not in seen:
            seen.add((p.x, p.y))
            out.pairs += 1
            out.linked += bool(types)
        expected = RELATION_TYPES.get(p.relation, ())
        out.triples[p.relation] += 1
        out.found[p.relation] += bool(types)
        right = bool(types & set(expected))
        out.typed[p.relation] += right
        if not right and want_misses:
            text = (texts / f).read_text(encoding="utf-8")
            sentence = naming_sentence(text, p)
            out.unnamed += sentence is None
            got = ", ".join(sorted(t.value for t in types)) or "no edge"
            where = f"«{sentence}»" if sentence else "Y is never named in X's text"
            out.misses.append(
                f"{p.x} —{p.relation}→ {p.y} ({p.y_name}) [{f}]: got {got}\n    {where}"
            )
    store.close()
    return out


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else "0/0"


def report(s: Score) -> str:
    total = sum(s.triples.values())
    lines = [
        f"pairs (X, Y) with X's text in the set: {s.pairs}",
        f"  edge X → Y of any type: {_pct(s.linked, s.pairs)}",
        f"  (X, relation, Y) with the right type: {_pct(sum(s.typed.values()), total)}",
        "",
        "| relation (publisher) | expected type | pairs | any edge | right type |",
        "|---|---|---|---|---|",
    ]
    for rel, n in s.triples.most_common():
        types = "/".join(t.value for t in RELATION_TYPES.get(rel, ())) or "?"
        lines.append(
            f"| {rel} | {types} | {n} | {_pct(s.found[rel], n)} | {_pct(s.typed[rel], n)} |"
        )
    lines += [
        "",
        f"host code right: {_pct(s.hosts_right, s.hosts)} of the ingested texts "
        "that print the code their publisher gives",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=Path("/work/statepairs/pairs_dev.tsv"))
    ap.add_argument("--texts", type=Path, default=Path("/work/realcorpus"))
    ap.add_argument("--codes", type=Path, default=Path("/work/statepairs/codes.tsv"))
    ap.add_argument(
        "--host-all",
        action="store_true",
        help="also ingest every text of the codes file, for host-code accuracy",
    )
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    codes = load_codes(args.codes)
    hosts = sorted(codes) if args.host_all else ()
    s = score(
        load_pairs(args.pairs),
        args.texts,
        codes,
        jobs=args.jobs,
        host_files=hosts,
        want_misses=args.misses,
    )
    print(report(s))
    if args.misses:
        print(f"\nmisses ({len(s.misses)}; pairs whose Y is never named in X's text: {s.unnamed})")
        for line in s.misses:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
