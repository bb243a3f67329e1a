"""Load-test the HTTP API's lineage routes on a generated graph (bench/gen_graph.py).

Writes the graph through the store's bulk write, starts `vbgraph serve` (uvicorn, 1 worker)
on 127.0.0.1, then sends a fixed number of requests at a fixed concurrency (asyncio + httpx)
to /api/v1/lineage/up and /down for random keys, within a wall-clock cap. Traffic goes to
127.0.0.1 only.

    python bench/bench_api.py --backend embedded --docs 100000 --requests 2000 --concurrency 16
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from gen_graph import generate  # noqa: E402

from graph import open_store  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def build(
    backend: str, n: int, data_dir: Path, *, keep: bool = False
) -> tuple[list[str], list[str], float]:
    """Write `n` generated documents (`keep`: the store holds them already); return keys to
    walk up, keys to walk down, seconds."""
    writes = list(generate(n))
    if keep:
        ups = [w.host_key for w in writes if not w.host_key.endswith("/TW")]
        downs = [w.host_key for w in writes if "@" in w.host_key or w.host_key.endswith("/TW")]
        return ups, downs, 0.0
    store = open_store(
        backend,  # type: ignore[arg-type]
        data_dir=data_dir,
        neo4j_uri=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
        user=os.environ.get("NEO4J_USER", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", "vbgraph-dev-password"),
    )
    try:
        store.clear()
        t = time.perf_counter()
        store.bulk_write(writes)
        seconds = time.perf_counter() - t
    finally:
        store.close()
    ups = [w.host_key for w in writes if not w.host_key.endswith("/TW")]
    downs = [w.host_key for w in writes if "@" in w.host_key or w.host_key.endswith("/TW")]
    return ups, downs, seconds


async def load(
    base: str, ups: list[str], downs: list[str], *, requests: int, concurrency: int, cap: float
) -> tuple[list[float], int, float]:
    """Send `requests` requests, `concurrency` at a time; (latencies ms, errors, wall s)."""
    rng = random.Random(7)
    plan = [
        ("/api/v1/lineage/up", rng.choice(ups))
        if i % 2
        else ("/api/v1/lineage/down", rng.choice(downs))
        for i in range(requests)
    ]
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            path, key = queue.get_nowait()
            t = time.perf_counter()
            try:
                response = await client.get(path, params={"code": key})
            except httpx.HTTPError:
                errors += 1
                continue
            latencies.append((time.perf_counter() - t) * 1000)
            errors += response.status_code != 200

    start = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        tasks = [asyncio.create_task(worker(client)) for _ in range(concurrency)]
        try:
            await asyncio.wait_for(asyncio.gather(*tasks), timeout=cap)
        except TimeoutError:
            print(f"wall-clock cap of {cap:.0f} s reached", file=sys.stderr)
    return latencies, errors, time.perf_counter() - start


def serve(backend: str, data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "VBGRAPH_BACKEND": backend, "VBGRAPH_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)


def wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 300) -> float:
    t = time.perf_counter()
    while time.perf_counter() - t < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/health/ready", timeout=5).status_code == 200:
                return time.perf_counter() - t
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not become ready")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("embedded", "neo4j"), default="embedded")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--cap", type=float, default=300, help="wall-clock cap, seconds")
    parser.add_argument(
        "--keep", action="store_true", help="the store already holds the generated graph"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        ups, downs, write_s = build(args.backend, args.docs, data_dir, keep=args.keep)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        proc = serve(args.backend, data_dir, port)
        try:
            ready_s = wait_ready(base, proc)
            asyncio.run(load(base, ups, downs, requests=50, concurrency=4, cap=60))  # warm up
            lat, errors, wall = asyncio.run(
                load(
                    base,
                    ups,
                    downs,
                    requests=args.requests,
                    concurrency=args.concurrency,
                    cap=args.cap,
                )
            )
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))]
    print(
        f"| {args.backend} | {args.docs:,} | {write_s:.1f} | {ready_s:.1f} | {len(lat):,} | "
        f"{args.concurrency} | {len(lat) / wall:,.0f} | {statistics.median(lat):.1f} | "
        f"{p99:.1f} | {errors} |"
    )


if __name__ == "__main__":
    main()
