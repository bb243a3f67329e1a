"""Benchmark the document view: render a generated 2,000-node graph and time it in Chromium.

    python -m bench.bench_view [--nodes 2000] [--runs 3] [--seed 1] [--no-write]

Generates a lineage-shaped graph (a few central documents, then province, district and
commune plans, each implementing one or two documents a level up, some citing stubs), times
`viz.render_html`, then loads the page from a local http.server in Debian's headless
Chromium (/usr/bin/chromium via Playwright) and measures, per run:

* ready: navigation start → the page's first drawn frame after layout (`vbgraphReadyAt`,
  performance.now() in the page), i.e. the network is drawn and takes input;
* click: a mouse click on a node → its details panel is filled (wall clock);
* wall: Python's clock from `goto` to ready (includes parsing the inlined 0.5 MB of vis).

It prints a table and writes RESULTS_view.md next to this file with the machine (nproc,
memory, CPU model).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import platform
import random
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from viz import ViewEdge, ViewGraph, ViewNode, render_html

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "RESULTS_view.md"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
# share of documents per level (central, province, district, commune)
SHARES = (("central", 0.01, "KL"), ("province", 0.04, "NQ"), ("district", 0.2, "KH"),
          ("commune", 0.75, "KH"))  # fmt: skip
KIND_WORD = {"KL": "Kết luận", "NQ": "Nghị quyết", "KH": "Kế hoạch", "QĐ": "Quyết định"}
ISSUER = {"central": "TW", "province": "TU", "district": "HU", "commune": "ĐU"}


def generate(n: int, *, seed: int = 1) -> ViewGraph:
    """A lineage-shaped graph of `n` documents (about 5% stubs) and about 1.6 edges each."""
    rng = random.Random(seed)
    stubs = max(1, n // 20)
    by_level: dict[str, list[str]] = {}
    nodes: list[ViewNode] = []
    for level, share, kind in SHARES:
        count = max(1, round((n - stubs) * share))
        if level == "commune":
            count = n - stubs - len(nodes)
        keys = [f"{i + 1}-{kind}/{ISSUER[level]}@{level}{i % 97}" for i in range(count)]
        by_level[level] = keys
        nodes.extend(
            ViewNode(key, key.split("@")[0], code=key.split("@")[0], kind=KIND_WORD[kind],
                     kind_code=kind, level=level, date=f"20{10 + i % 14}-0{1 + i % 9}-1{i % 9}",
                     issuing_body=f"Ban Thường vụ {level} {i % 97}", place=f"Địa bàn {i % 97}",
                     subject=f"về việc thực hiện văn bản số {i} của cấp trên",
                     focus=level == "central" and i == 0)
            for i, key in enumerate(keys)
        )  # fmt: skip
    stub_keys = [f"{i + 1}-QĐ/TW" for i in range(stubs)]
    nodes.extend(
        ViewNode(k, k, code=k, kind="Quyết định", kind_code="QĐ", level="central", stub=True)
        for k in stub_keys
    )
    edges: list[ViewEdge] = []
    levels = [level for level, _, _ in SHARES]
    for upper, lower in zip(levels, levels[1:], strict=False):
        for key in by_level[lower]:
            parents = 2 if rng.random() < 0.3 else 1
            for target in rng.sample(by_level[upper], k=min(len(by_level[upper]), parents)):
                code = target.split("@")[0]
                sentence = f"Thực hiện văn bản số {code} của cấp trên, ban hành kế hoạch"
                edges.append(ViewEdge(key, target, "IMPLEMENTS", evidence=(sentence,)))
            if rng.random() < 0.25:
                edges.append(ViewEdge(key, rng.choice(stub_keys), "CITES", evidence=("căn cứ …",)))
    return ViewGraph(tuple(nodes), tuple(edges))


@contextmanager
def serve(root: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(root))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _record(errors: list[str], error: Any) -> None:
    errors.append(str(error))


def measure(url: str, *, runs: int) -> list[dict[str, float]]:
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            page.on("pageerror", functools.partial(_record, errors))
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_function("() => window.vbgraphReady === true", timeout=600_000)
            wall = time.perf_counter() - start
            ready = page.evaluate("window.vbgraphReadyAt") / 1000
            # click the node nearest the canvas centre, time until its details are shown
            key, x, y = page.evaluate(
                """() => {
                    const net = window.vbgraphNetwork, pos = net.getPositions();
                    const box = document.querySelector('#vbgraph-canvas canvas')
                        .getBoundingClientRect();
                    let best = null;
                    for (const [k, p] of Object.entries(pos)) {
                        const d = net.canvasToDOM(p);
                        const dist = (d.x - box.width / 2) ** 2 + (d.y - box.height / 2) ** 2;
                        if (!best || dist < best[3]) {
                            best = [k, box.left + d.x, box.top + d.y, dist];
                        }
                    }
                    return best.slice(0, 3);
                }"""
            )
            start = time.perf_counter()
            page.mouse.click(x, y)
            page.wait_for_function(
                "k => document.querySelector('#vbgraph-details h2.doc')?.textContent"
                " === window.vbgraphData.nodes.find(n => n.id === k).label",
                arg=key,
            )
            click = time.perf_counter() - start
            if errors:
                raise RuntimeError(f"page errors: {errors}")
            results.append({"ready": ready, "wall": wall, "click": click})
            page.close()
        browser.close()
    return results


def machine() -> str:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        memory = "unknown"
    return f"nproc {os.cpu_count()}, memory {memory}, CPU {cpu}, {platform.platform()}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)

    graph = generate(args.nodes, seed=args.seed)
    start = time.perf_counter()
    page = render_html(graph, title=f"Bench: {args.nodes} văn bản", node_limit=args.nodes)
    render_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "bench.html").write_text(page, encoding="utf-8")
        with serve(Path(tmp)) as base:
            runs = measure(f"{base}/bench.html", runs=args.runs)

    median = {k: statistics.median(r[k] for r in runs) for k in ("ready", "wall", "click")}

    def each(name: str, scale: float = 1, fmt: str = ".2f") -> str:
        return ", ".join(format(r[name] * scale, fmt) for r in runs)

    lines = [
        f"# View benchmark ({datetime.now():%Y-%m-%d %H:%M})",
        "",
        f"Machine: {machine()}",
        f"Browser: Debian Chromium ({CHROMIUM}), headless, via Playwright",
        "",
        f"Graph: {len(graph.nodes)} documents, {len(graph.edges)} relations "
        f"(seed {args.seed}); page {len(page.encode()) / 1e6:.2f} MB; physics off "
        "(large view), hierarchical layout",
        "",
        "| step | median | runs |",
        "| --- | --- | --- |",
        f"| render_html (Python) | {render_s:.2f} s | 1 |",
        f"| navigation → interactive (first frame after layout) | {median['ready']:.2f} s "
        f"| {each('ready')} |",
        f"| goto → interactive (Python wall clock) | {median['wall']:.2f} s | {each('wall')} |",
        f"| click on a node → details shown | {median['click'] * 1000:.0f} ms "
        f"| {each('click', 1000, '.0f')} |",
        "",
        "Run: `python -m bench.bench_view` (needs /usr/bin/chromium and the playwright package).",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
