"""Load-test the HTTP API's lineage routes on a generated graph (bench/gen_graph.py).

Writes the graph through the store's bulk write, starts `vbgraph serve` (uvicorn, `--workers`
processes) on 127.0.0.1, then sends a fixed number of requests at a fixed concurrency to
/api/v1/lineage/up and /down for random keys, within a wall-clock cap. Traffic goes to
127.0.0.1 only. The load generator shares the machine with the server, so it is kept lean:
keep-alive connections on asyncio streams, one small HTTP/1.1 request each, the answer read by
its Content-Length (httpx costs several times the CPU per request, which the server then lacks).
`--client wrk` sends the same plan with wrk (Debian package `wrk`, C, one thread, a Lua script
cycling over the planned paths) for `--seconds`: a tenth of the Python client's CPU a request,
so on a small machine the server gets nearly all of it.

    python bench/bench_api.py --backend sqlite --docs 100000 --requests 4000 --concurrency 16 \
        --workers 2
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

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


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, target: str
) -> int:
    """One GET on a keep-alive connection; the status code (the body is read and dropped)."""
    writer.write(f"GET {target} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return status


async def load(
    base: str, ups: list[str], downs: list[str], *, requests: int, concurrency: int, cap: float
) -> tuple[list[float], int, float]:
    """Send `requests` requests, `concurrency` at a time; (latencies ms, errors, wall s)."""
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[str] = asyncio.Queue()
    for target in plan_paths(ups, downs, requests):
        queue.put_nowait(target)
    url = httpx.URL(base)
    host, port = url.host, url.port or 80

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while not queue.empty():
                target = queue.get_nowait()
                t = time.perf_counter()
                try:
                    status = await _get(reader, writer, f"{host}:{port}", target)
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
                    continue
                latencies.append((time.perf_counter() - t) * 1000)
                errors += status != 200
        finally:
            writer.close()

    start = time.perf_counter()
    tasks = [asyncio.create_task(worker()) for _ in range(concurrency)]
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=cap)
    except TimeoutError:
        print(f"wall-clock cap of {cap:.0f} s reached", file=sys.stderr)
    return latencies, errors, time.perf_counter() - start


# wrk's script: cycle over the planned paths (one a line in the file given after `--`); print the
# figures as JSON on one line at the end (latencies in microseconds).
_WRK_SCRIPT = """
local paths = {}
local i = 0
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
end
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, '
    .. '"socket_errors": %d, "non2xx": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def plan_paths(ups: list[str], downs: list[str], requests: int) -> list[str]:
    """The request targets both clients send: up and down in turn, random keys (seed 7)."""
    rng = random.Random(7)
    return [
        f"/api/v1/lineage/up?{urlencode({'code': rng.choice(ups)})}"
        if i % 2
        else f"/api/v1/lineage/down?{urlencode({'code': rng.choice(downs)})}"
        for i in range(requests)
    ]


def load_wrk(
    base: str, paths: list[str], *, concurrency: int, seconds: float
) -> tuple[float, float, float, int, int]:
    """Run wrk over `paths` for `seconds`: (req/s, p50 ms, p99 ms, requests, errors)."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("--client wrk needs wrk on PATH (Debian: apt-get install wrk)")
    with tempfile.TemporaryDirectory() as tmp:
        script, listing = Path(tmp) / "plan.lua", Path(tmp) / "paths.txt"
        script.write_text(_WRK_SCRIPT, encoding="utf-8")
        listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
        command = [wrk, "-t1", f"-c{concurrency}", f"-d{seconds:.0f}s", "--timeout", "10s",
                   "-s", str(script), base, "--", str(listing)]  # fmt: skip
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("WRK "))
    f = json.loads(line[4:])
    wall = f["duration_us"] / 1e6
    errors = f["socket_errors"] + f["non2xx"]
    return f["requests"] / wall, f["p50_us"] / 1000, f["p99_us"] / 1000, f["requests"], errors


def serve(backend: str, data_dir: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    env = {**os.environ, "VBGRAPH_BACKEND": backend, "VBGRAPH_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(workers)]  # fmt: skip
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
    parser.add_argument("--backend", choices=("sqlite", "embedded", "neo4j"), default="sqlite")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--cap", type=float, default=300, help="wall-clock cap, seconds")
    parser.add_argument(
        "--client", choices=("python", "wrk"), default="python",
        help="load generator: the lean asyncio client, or wrk (C; runs for --seconds)",
    )  # fmt: skip
    parser.add_argument("--seconds", type=float, default=20, help="wrk's run time")
    parser.add_argument(
        "--keep", action="store_true", help="the store already holds the generated graph"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        ups, downs, write_s = build(args.backend, args.docs, data_dir, keep=args.keep)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        proc = serve(args.backend, data_dir, port, args.workers)
        try:
            ready_s = wait_ready(base, proc)
            asyncio.run(load(base, ups, downs, requests=50, concurrency=4, cap=60))  # warm up
            if args.client == "wrk":
                paths = plan_paths(ups, downs, max(args.requests, 1))
                rate, p50, p99, sent, errors = load_wrk(
                    base, paths, concurrency=args.concurrency, seconds=args.seconds
                )
            else:
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
                lat.sort()
                sent, rate = len(lat), len(lat) / wall
                p50, p99 = statistics.median(lat), lat[min(len(lat) - 1, int(0.99 * len(lat)))]
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(
        f"| {args.backend} | {args.workers} | {args.docs:,} | {write_s:.1f} | {ready_s:.1f} | "
        f"{sent:,} | {args.concurrency} | {rate:,.0f} | {p50:.1f} | {p99:.1f} | {errors} | "
        f"{args.client} |"
    )


if __name__ == "__main__":
    main()
