"""Load benchmark for the web layer: open-loop requests at a fixed rate against
``newsgraph serve`` on loopback, p50/p95/p99 latency per kind of request.

    python bench/web_load.py                       # demo database in a tmp dir, 200 req/s, 30 s
    python bench/web_load.py --db newsgraph.db --rate 100 --duration 10 --json

Requests are scheduled at fixed times (open loop) and latency is measured from the
scheduled time, so a slow server cannot hide its queueing (no coordinated omission).
Traffic goes only to 127.0.0.1; the run is bounded by --duration plus a 10 s drain.
Target (issue 7): p95 < 200 ms for article and entity pages, no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parent.parent
TARGET_P95_MS = 200.0
REQUEST_TIMEOUT_S = 10.0

# (kind, weight): pages a reader opens most, plus the API.
MIX = (
    ("article_page", 30), ("entity_page", 25), ("overview_page", 5), ("quotes_page", 5),
    ("events_page", 5), ("api_quotes", 10), ("api_events", 10), ("api_entity", 5), ("api_search", 5),
)  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_demo_db(folder: Path) -> str:
    """``newsgraph demo`` plus the web layer's hand-built Records, in ``folder``."""
    db = str(folder / "bench.db")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    subprocess.run([sys.executable, "-m", "newsgraph", "demo", "--db", db], cwd=folder, env=env,
                   check=True, capture_output=True, timeout=300)  # fmt: skip
    sys.path.insert(0, str(REPO / "src"))
    from newsgraph.web.fixtures import build_store

    build_store(db).close()
    return db


def start_server(
    db: str, port: int, folder: Path, *, cache: bool = True
) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    log = open(folder / "serve.log", "wb")  # noqa: SIM115 - lives as long as the server
    cmd = [sys.executable, "-m", "newsgraph", "serve", "--db", db, "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning"]  # fmt: skip
    if not cache:
        cmd.append("--no-cache")
    return subprocess.Popen(cmd, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_ready(base: str, proc: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server exited; see serve.log")
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not start")


def targets(base: str) -> dict[str, list[str]]:
    """Real URLs for each kind, read from the server itself."""
    with httpx.Client(base_url=base, timeout=10) as c:
        articles = [a["id"] for a in c.get("/api/articles", params={"limit": 100}).json()["items"]]
        entities = [e["id"] for e in c.get("/api/entities", params={"limit": 100}).json()["items"]]
        speakers = sorted({q["speaker"]["name"] for q in c.get("/api/quotes", params={"limit": 100}).json()["items"]
                           if q["speaker"]["name"]})  # fmt: skip
    if not articles or not entities:
        raise SystemExit("the database has no articles or entities to request")
    words = ["talks", "port", "minister", "said", "union", "flood"]
    return {
        "article_page": [f"/articles/{a}" for a in articles],
        "entity_page": [f"/entities/{e}" for e in entities],
        "overview_page": ["/"],
        "quotes_page": ["/quotes"] + [f"/quotes?speaker={quote(s)}" for s in speakers[:10]],
        "events_page": ["/events"],
        "api_quotes": ["/api/quotes"] + [f"/api/quotes?speaker={quote(s)}" for s in speakers[:10]],
        "api_events": ["/api/events", "/api/events?status=asserted"],
        "api_entity": [f"/api/entities/{e}" for e in entities],
        "api_search": [f"/api/search?q={w}" for w in words],
    }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


class Connection:
    """One keep-alive HTTP/1.1 connection on raw asyncio streams: a load generator in
    Python must cost far less per request than the server it measures (httpx does not)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        request = f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: */*\r\n\r\n"
        self.writer.write(request.encode("ascii"))
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {
            k.strip().lower(): v.strip()
            for k, _, v in (line.partition(":") for line in lines[1:] if line)
        }
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run_load(
    base: str,
    urls: dict[str, list[str]],
    *,
    rate: float,
    duration: float,
    seed: int,
    connections: int = 64,
) -> dict[str, Any]:
    load_before = os.getloadavg()  # the machine may be shared: say how busy it was
    rng = random.Random(seed)
    kinds = [k for k, w in MIX for _ in range(w)]
    total = int(rate * duration)
    plan = []
    for i in range(total):
        kind = rng.choice(kinds)
        plan.append((i / rate, kind, rng.choice(urls[kind])))
    results: dict[str, list[float]] = {k: [] for k, _ in MIX}
    errors: dict[str, list[str]] = {k: [] for k, _ in MIX}
    host, port = base.split("//", 1)[1].split(":")
    queue: asyncio.Queue[tuple[float, str, str] | None] = asyncio.Queue()
    start = time.perf_counter()

    async def scheduler() -> None:
        for item in plan:  # release each request at its time, whatever the server does
            delay = start + item[0] - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            queue.put_nowait(item)
        for _ in range(connections):
            queue.put_nowait(None)

    async def worker() -> None:
        conn = Connection(host, int(port))
        while (item := await queue.get()) is not None:
            at, kind, url = item
            try:
                status = await asyncio.wait_for(conn.get(url), REQUEST_TIMEOUT_S)
                if status != 200:
                    errors[kind].append(f"{status} {url}")
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as e:
                conn.close()
                errors[kind].append(f"{type(e).__name__} {url}")
            # From the scheduled time: queueing in the client or the server counts.
            results[kind].append((time.perf_counter() - (start + at)) * 1000)
        conn.close()

    await asyncio.wait_for(
        asyncio.gather(scheduler(), *(worker() for _ in range(connections))),
        timeout=duration + REQUEST_TIMEOUT_S + 30,
    )
    elapsed = time.perf_counter() - start
    summary: dict[str, Any] = {"load_average_before": load_before, "load_average_after": os.getloadavg(), "rate": rate, "duration_s": duration, "requests": total,
                               "achieved_rate": round(total / elapsed, 1), "kinds": {}}  # fmt: skip
    for kind, values in results.items():
        summary["kinds"][kind] = {
            "n": len(values), "errors": len(errors[kind]), "error_examples": errors[kind][:3],
            "p50_ms": round(percentile(values, 50), 1), "p95_ms": round(percentile(values, 95), 1),
            "p99_ms": round(percentile(values, 99), 1), "max_ms": round(max(values, default=float("nan")), 1),
        }  # fmt: skip
    pages = [v for k in ("article_page", "entity_page") for v in results[k]]
    api = [v for k, vs in results.items() if k.startswith("api_") for v in vs]
    every = [v for vs in results.values() for v in vs]
    summary["p95_article_entity_pages_ms"] = round(percentile(pages, 95), 1)
    summary["p95_all_pages_ms"] = round(
        percentile([v for k, vs in results.items() if k.endswith("_page") for v in vs], 95), 1
    )
    summary["p95_api_ms"] = round(percentile(api, 95), 1)
    summary["p95_all_ms"] = round(percentile(every, 95), 1)
    summary["errors"] = sum(len(e) for e in errors.values())
    summary["target"] = f"p95 < {TARGET_P95_MS:.0f} ms for article and entity pages, no errors"
    summary["passed"] = (
        summary["errors"] == 0 and summary["p95_article_entity_pages_ms"] < TARGET_P95_MS
    )
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db", help="an existing store (default: build the demo database in a tmp dir)"
    )
    parser.add_argument(
        "--rate", type=float, default=200.0, help="requests per second (default 200)"
    )
    parser.add_argument(
        "--duration", type=float, default=30.0, help="seconds of load (default 30, max 120)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="serve with --no-cache (every request does the work)",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON only")
    args = parser.parse_args()
    duration = min(args.duration, 120.0)
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        folder = Path(tmp)
        db = args.db or build_demo_db(folder)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = start_server(db, port, folder, cache=not args.no_cache)
        try:
            wait_ready(base, proc)
            urls = targets(base)
            with httpx.Client(base_url=base) as c:  # warm caches and code paths once
                for group in urls.values():
                    for url in group[:5]:
                        c.get(url)
            summary = asyncio.run(
                run_load(base, urls, rate=args.rate, duration=duration, seed=args.seed)
            )
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    before, after = summary["load_average_before"][0], summary["load_average_after"][0]
    print(f"load average (1 min) before/after: {before:.1f}/{after:.1f} on {os.cpu_count()} CPUs")
    print(f"{summary['requests']} requests at {args.rate:g}/s for {duration:g} s "
          f"(achieved {summary['achieved_rate']}/s), errors: {summary['errors']}")  # fmt: skip
    print(f"{'kind':<15}{'n':>6}{'err':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for kind, s in summary["kinds"].items():
        print(
            f"{kind:<15}{s['n']:>6}{s['errors']:>5}{s['p50_ms']:>9}{s['p95_ms']:>9}{s['p99_ms']:>9}{s['max_ms']:>9}"
        )
    print(f"p95 article+entity pages: {summary['p95_article_entity_pages_ms']} ms; all pages: "
          f"{summary['p95_all_pages_ms']} ms; API: {summary['p95_api_ms']} ms")  # fmt: skip
    print(("PASS" if summary["passed"] else "FAIL") + f" — target: {summary['target']}")


if __name__ == "__main__":
    main()
