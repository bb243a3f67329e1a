"""Re-run the reliability probes of issue 16 and write bench/RESULTS_reliability.md.

Each probe does what the issue's report did (hostile input, faults, concurrent writers) against
the code as it is, and records what happened now beside what was reported before.

    python -m bench.probe_reliability            # embedded probes (+ Neo4j ones if it runs)
    python -m bench.probe_reliability --out -    # print only
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "RESULTS_reliability.md"
VBGRAPH = [sys.executable, "-m", "api.cli"]
Probe = Callable[[Path], tuple[str, str, str]]  # (probe, reported before, now)


def _cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*VBGRAPH, *args], cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False
    )


def _documents(data: Path) -> int:
    out = _cli("stats", "--json", "--data-dir", str(data))
    return int(json.loads(out.stdout)["documents"])


def _timed(work: Callable[[], object]) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        work()
        outcome = "read"
    except Exception as exc:  # noqa: BLE001 - the outcome is what we report
        outcome = f"{type(exc).__name__}: {str(exc)[:140]}"
    return time.perf_counter() - start, outcome


def _child_peak(code: str) -> tuple[float, float, str]:
    """Run `code` in a fresh interpreter; (seconds, peak RSS MB, its last output line).

    The peak is the child's own VmHWM (ru_maxrss would carry the forking parent's size)."""
    hwm = (
        "\nfor _l in open('/proc/self/status'):\n"
        "    if _l.startswith('VmHWM:'): print(_l.split()[1])"
    )
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code + hwm],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    took = time.perf_counter() - start
    lines = out.stdout.strip().splitlines()
    peak = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else float("nan")
    said = lines[-2] if len(lines) > 1 else (out.stderr.strip().splitlines() or ["?"])[-1]
    return took, peak, said


PLAN = (
    "HUYỆN ỦY\nSố 169-KH/HU\n\nKẾ HOẠCH\nthực hiện Kết luận số 62-KL/TW ngày 08/12/2009 "
    "của Bộ Chính trị\n\nBan Thường vụ Huyện ủy xây dựng kế hoạch{}.\n"
)


def probe_same_code(tmp: Path) -> tuple[str, str, str]:
    (tmp / "a.txt").write_text(PLAN.format(" ở Tân Yên"), encoding="utf-8")
    (tmp / "b.txt").write_text(PLAN.format(" ở Lục Nam"), encoding="utf-8")
    data = tmp / "data"
    _cli(
        "ingest",
        str(tmp / "a.txt"),
        "--data-dir",
        str(data),
        "--meta",
        "province=Bắc Giang",
        "--meta",
        "district=Tân Yên",
    )
    _cli(
        "ingest",
        str(tmp / "b.txt"),
        "--data-dir",
        str(data),
        "--meta",
        "province=Bắc Giang",
        "--meta",
        "district=Lục Nam",
    )
    return (
        "1. two texts with own code 169-KH/HU from two districts (--meta)",
        "stats: 1 document (B replaced A)",
        f"stats: {_documents(data)} documents",
    )


def _generated(folder: Path, seed: int, n: int) -> Path:
    from bench.gen_corpus import document

    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"d{i:04d}.txt").write_text(document(seed, i).text, encoding="utf-8")
    return folder


def probe_concurrent(tmp: Path) -> tuple[str, str, str]:
    a, b = _generated(tmp / "a", 41, 200), _generated(tmp / "b", 42, 201)
    data = tmp / "data"
    runs = [
        subprocess.Popen(
            [*VBGRAPH, "ingest", str(f), "--data-dir", str(data)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for f in (a, b)
    ]
    codes = [r.wait(timeout=900) for r in runs]
    from api.uploads import prepare

    ids = {
        prepare(str(f), filename=str(f)).extraction.document.id  # type: ignore[union-attr]
        for folder in (a, b)
        for f in folder.glob("*.txt")
    }
    return (
        "2. two `vbgraph ingest` runs at once on one data dir (200 + 201 files)",
        "both exit 0, store holds 204 of 401 (3 of 3 trials)",
        f"exit {codes}; store holds {_documents(data)} of {len(ids)} distinct documents",
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(data: Path, *options: str, **env: str) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    server = subprocess.Popen(
        [*VBGRAPH, "serve", "--port", str(port), "--data-dir", str(data), *options],
        cwd=REPO,
        env={**os.environ, "VBGRAPH_API_TOKEN": "probe-token", **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    import httpx

    for _ in range(200):
        try:
            httpx.get(url + "/health/live", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return server, url


def probe_server_and_cli(tmp: Path) -> tuple[str, str, str]:
    import httpx

    data = tmp / "data"
    server, url = _serve(data)
    try:
        before = httpx.get(url + "/api/v1/stats").json()["documents"]
        _cli("ingest", str(REPO / "examples" / "corpus"), "--data-dir", str(data))
        seen = httpx.get(url + "/api/v1/stats").json()["documents"]
        files = {"files": ("x.txt", PLAN.format(" ở Yên Thế").encode(), "text/plain")}
        httpx.post(
            url + "/api/v1/ingest",
            files=files,
            headers={"Authorization": "Bearer probe-token"},
            timeout=60,
        )
        after = httpx.get(url + "/api/v1/stats").json()["documents"]
    finally:
        server.terminate()
        server.wait()
    return (
        "3. `vbgraph serve` running, CLI ingest of the 5 samples, then one upload",
        "the ingest is invisible to the server; its next upload erases it",
        f"server saw {before} → {seen} documents after the CLI ingest, {after} after the "
        f"upload; on disk {_documents(data)}",
    )


def _vm_hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def probe_uploads_without_token(tmp: Path) -> tuple[str, str, str]:
    import httpx

    server, url = _serve(tmp / "data", VBGRAPH_MAX_REQUEST_MB="60", VBGRAPH_MAX_UPLOAD_MB="50")
    body = b"x" * 49_000_000
    try:
        start_peak = _vm_hwm_mb(server.pid)

        def post(_: int) -> int:
            files = {"files": ("big.txt", body, "text/plain")}
            try:
                return httpx.post(url + "/api/v1/ingest", files=files, timeout=120).status_code
            except httpx.HTTPError:
                return 0  # the server closed the connection after its 401: refused too

        with ThreadPoolExecutor(30) as pool:
            statuses = list(pool.map(post, range(30)))
        peak = _vm_hwm_mb(server.pid)
    finally:
        server.terminate()
        server.wait()
    refused = sum(s in (401, 0) for s in statuses)
    return (
        "4. 30 concurrent 49 MB uploads without a token",
        "server to 4.24 GB (1.58 GB still held after)",
        f"{refused}/30 refused (401 before the body is read); server peak RSS "
        f"{peak:.0f} MB (idle {start_peak:.0f} MB)",
    )


def probe_quadratic(tmp: Path) -> list[tuple[str, str, str]]:
    rows = []
    for label, before, text in (
        ('64 KB of "9"s', "60-69 s", '"9" * 65_536'),
        ('200 K characters of "9"s', "811 s", '"9" * 200_000'),
        (
            "4 MB text with one emoji",
            "84 s",
            '("Kế hoạch thực hiện năm 2021. " * 140_000)[:4_000_000] + "😀"',
        ),
    ):
        took, peak, _ = _child_peak(
            f"import time; from ingest.extract import extract; t = {text}; "
            "a = time.perf_counter(); extract(t); print(round(time.perf_counter() - a, 2))"
        )
        rows.append(
            (f"5. extract {label}", before, f"{took:.1f} s with start-up, peak {peak:.0f} MB")
        )
    took, peak, said = _child_peak(
        "import time; from bench.gen_corpus import document; from ingest.extract import extract\n"
        "parts=[]; n=0\n"
        "while sum(map(len, parts)) < 10_000_000:\n"
        "    parts.append(document(5, n).text.replace('\\n', ' ')); n += 1\n"
        "line = ' '.join(parts); a = time.perf_counter(); e = extract(line)\n"
        "took = round(time.perf_counter() - a, 1)\n"
        "print(len(line.encode()) // 1_000_000, 'MB,', len(e.references), 'refs,', took, 's')"
    )
    rows.append(
        (
            "5. one-line document of generated text",
            "50 MB: 794 s, 3.8 GB",
            f"{said} (linear: ~5× that for 50 MB); peak {peak:.0f} MB",
        )
    )
    return rows


def _bomb(size: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            for _ in range(size // 10_000_000):
                part.write(b" " * 10_000_000)
    return buffer.getvalue()


def probe_bombs(tmp: Path) -> list[tuple[str, str, str]]:
    rows = []
    for unpacked, before in (
        (600_000_000, "632 KB: past 6.9 GB, still running at 600 s"),
        (2_000_000_000, "2.1 MB: refused after 38 s and 4.3 GB"),
    ):
        path = tmp / f"bomb{unpacked}.docx"
        path.write_bytes(_bomb(unpacked))
        took, peak, said = _child_peak(
            f"from ingest.read import read_document\ntry: read_document({str(path)!r})\n"
            "except Exception as e: print(str(e)[:90])"
        )
        rows.append(
            (
                f"6. .docx zip bomb ({path.stat().st_size // 1000:,} KB packed, "
                f"{unpacked // 10**6:,} MB unpacked)",
                before,
                f"refused in {took:.1f} s (with start-up), peak {peak:.0f} MB: {said}",
            )
        )
    return rows


def probe_utf8(tmp: Path) -> list[tuple[str, str, str]]:
    from ingest.read import read_document

    good = PLAN.format("").encode()
    rows = []
    for bad, before in (
        (1, "the whole file rejected"),
        (4, "read as Windows-1258 mojibake, stored"),
    ):
        spaces = [i for i, byte in enumerate(good) if byte == 0x20][:bad]
        data = bytearray(good)
        for k, at in enumerate(spaces):  # a stray Latin-1 "é" before each of the first spaces
            data[at + k : at + k] = b"\xe9"
        data = bytes(data)
        r = read_document(data, filename="x.txt")
        note = next((w for w in r.warnings if "invalid UTF-8" in w), "no warning")
        rows.append(
            (
                f"7. {bad} invalid UTF-8 byte(s) in a UTF-8 file",
                before,
                f"{r.encoding}, {r.text.count(chr(0xFFFD))} U+FFFD; warning: {note[:80]}…",
            )
        )
    return rows


def probe_files(tmp: Path) -> list[tuple[str, str, str]]:
    folder = tmp / "docs"
    folder.mkdir()
    shutil.copy(REPO / "examples" / "corpus" / "001_a85e39af42177292.txt", folder / "ok.txt")
    with open(os.path.join(os.fsencode(folder), b"\xff\xfe.txt"), "wb") as fh:
        fh.write(PLAN.format("").encode())
    os.symlink("/etc/passwd", folder / "passwd.txt")
    run = _cli("ingest", str(folder), "--data-dir", str(tmp / "data"))
    said = " / ".join(line.split(": ", 1)[-1][:60] for line in run.stderr.splitlines()[:2])
    rows = [
        (
            "8. folder with a file name that is not UTF-8, and a link to /etc/passwd",
            "traceback, the run lost; /etc/passwd ingested",
            f"exit {run.returncode}, {_documents(tmp / 'data')} document stored; {said}",
        )
    ]
    ro = tmp / "ro"
    shutil.copytree(tmp / "data", ro)
    os.chmod(ro, 0o555)
    for f in ro.iterdir():
        os.chmod(f, 0o444)
    code = (
        "import os, sys\nfrom api.cli import main\n"
        "os.setgid(65534); os.setuid(65534)  # nobody: the data dir is not writable\n"
        f"sys.exit(main(['stats', '--data-dir', {str(ro)!r}]))"
    )
    check = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    now = f"exit {check.returncode} as user nobody" + (
        "" if check.returncode == 0 else f": {check.stderr.strip()[-100:]}"
    )
    rows.append(("9. `stats` on a read-only data dir", "crash (the lock opened for writing)", now))
    return rows


def probe_pdf(tmp: Path) -> tuple[str, str, str]:
    import zlib

    stream = zlib.compressobj(9)
    body = stream.compress(b"BT /F1 12 Tf 72 770 Td (x) Tj ET\n" + b" " * 2**30) + stream.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        f"<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode()
        + body
        + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path = tmp / "gib.pdf"
    path.write_bytes(bytes(out))
    took, peak, said = _child_peak(
        f"from ingest.read import read_document\ntry: read_document({str(path)!r})\n"
        "except Exception as e: print(str(e)[:110])"
    )
    return (
        "10. PDF whose page stream unpacks to 1 GiB",
        '"no text layer (scanned PDF?)"',
        f"{took:.1f} s, peak {peak:.0f} MB: {said}",
    )


def probe_neo4j_uri(tmp: Path) -> tuple[str, str, str]:
    run = subprocess.run(
        [*VBGRAPH, "stats", "--backend", "neo4j"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NEO4J_URI": "http://localhost:7474"},
        check=False,
    )
    return (
        "11. NEO4J_URI=http://…",
        "ModuleNotFoundError traceback",
        f"exit {run.returncode}: {run.stderr.strip()[:120]}",
    )


def _black_hole() -> int:
    """A port that accepts connections and never answers (a hung server); returns it."""
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(100)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            held.append(server.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    return int(server.getsockname()[1])


def probe_neo4j_down(tmp: Path) -> list[tuple[str, str, str]]:
    import httpx

    rows = []
    for label, uri in (
        ("nothing listening", "bolt://127.0.0.1:1"),
        ("a server that accepts and never answers", f"bolt://127.0.0.1:{_black_hole()}"),
    ):
        server, url = _serve(tmp / "data", VBGRAPH_BACKEND="neo4j", NEO4J_URI=uri)
        try:
            start = time.perf_counter()
            ready = httpx.get(url + "/health/ready", timeout=120).status_code
            t_ready = time.perf_counter() - start
            start = time.perf_counter()
            stats = httpx.get(url + "/api/v1/stats", timeout=120).status_code
            t_stats = time.perf_counter() - start
        finally:
            server.terminate()
            server.wait()
        rows.append(
            (
                f"12. Neo4j down ({label}): /health/ready, then a read",
                "30-55 s before each 503",
                f"ready {ready} in {t_ready:.2f} s, stats {stats} in {t_stats:.2f} s "
                "(VBGRAPH_NEO4J_TIMEOUT 1 s)",
            )
        )
    return rows


def probe_headers(tmp: Path) -> tuple[str, str, str]:
    import httpx

    server, url = _serve(tmp / "data")
    try:
        headers = httpx.get(url + "/view").headers
    finally:
        server.terminate()
        server.wait()
    shown = ", ".join(
        f"{k}: {headers.get(k)}"
        for k in ("x-content-type-options", "content-security-policy", "x-frame-options")
    )
    return ("13. security headers", "none (the view's CSP a meta tag only)", shown)


def _timed_get(client: Any, url: str, code: str) -> tuple[float, int]:
    import httpx

    start = time.perf_counter()
    try:
        status = client.get(url, params={"code": code}).status_code
    except httpx.HTTPError:
        status = 0  # reset or refused under the load: counted as not ok
    return time.perf_counter() - start, status


def probe_lineage_load(tmp: Path) -> list[tuple[str, str, str]]:
    import statistics

    import httpx

    from bench.gen_corpus import generate

    generate(tmp / "corpus", 10.0, seed=3)
    data = tmp / "data"
    _cli("ingest", str(tmp / "corpus"), "--data-dir", str(data))
    from graph.embedded import EmbeddedStore

    store = EmbeddedStore(data)
    code = max((n.key for n in store.iter_nodes()), key=lambda k: len(store.in_edges([k])))
    rows = []
    for workers in ("1", "2"):
        server, url = _serve(data, "--workers", workers)
        try:
            client = httpx.Client(timeout=300, limits=httpx.Limits(max_connections=500))
            down = url + "/api/v1/lineage/down"
            client.get(down, params={"code": code})

            start = time.perf_counter()
            with ThreadPoolExecutor(500) as pool:
                results = list(
                    pool.map(lambda _, c=client, u=down: _timed_get(c, u, code), range(500))
                )
            wall = time.perf_counter() - start
        finally:
            server.terminate()
            server.wait()
        latencies = sorted(r[0] for r in results)
        ok = sum(r[1] == 200 for r in results)
        rows.append(
            (
                f"14. 500 concurrent lineage-down requests for {code}, `serve --workers "
                f"{workers}` ({_documents(data):,} documents)",
                "one worker, 15 req/s, median wait 30 s (on the reporter's store)",
                f"{ok}/500 ok, {500 / wall:.0f} req/s, median {statistics.median(latencies):.2f} s",
            )
        )
    return rows


PROBES: Sequence[Callable[[Path], object]] = (
    probe_same_code,
    probe_concurrent,
    probe_server_and_cli,
    probe_uploads_without_token,
    probe_quadratic,
    probe_bombs,
    probe_utf8,
    probe_files,
    probe_pdf,
    probe_neo4j_uri,
    probe_neo4j_down,
    probe_headers,
    probe_lineage_load,
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", default=str(RESULTS), help='results file ("-": print only)')
    args = parser.parse_args(argv)
    rows: list[tuple[str, str, str]] = []
    for probe in PROBES:
        with tempfile.TemporaryDirectory(prefix="vbgraph-probe-") as tmp_name:
            tmp = Path(tmp_name)
            os.chmod(tmp, 0o755)
            print(f"{probe.__name__} …", flush=True)
            found = probe(tmp)
            for row in found if isinstance(found, list) else [found]:
                rows.append(row)
                print("   ", " | ".join(row), flush=True)
            subprocess.run(["chmod", "-R", "u+w", str(tmp)], check=False)
    lines = [
        "# Reliability probes (`python -m bench.probe_reliability`)",
        "",
        f"Run {datetime.now().astimezone().isoformat(timespec='seconds')}, 2 vCPU, CPython "
        f"{sys.version.split()[0]}. Each probe repeats one of issue 16's findings against the "
        "code as it is now. A kill -9 of Neo4j during an upload is covered by "
        "tests/test_api_errors.py (the 503 names the files stored and not stored).",
        "",
        "| probe | reported before | now |",
        "|---|---|---|",
        *(f"| {a} | {b} | {c} |" for a, b, c in rows),
        "",
    ]
    text = "\n".join(lines)
    if args.out == "-":
        print(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.exit(main())
