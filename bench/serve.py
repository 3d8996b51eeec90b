"""Load on `presslens serve`: latency of POST /api/analyze under concurrent requests, on 127.0.0.1.

Starts `presslens serve -j WORKERS` on a free port, warms it with one request, times one request alone,
then sends `--concurrency` requests at once (threads, one connection each), `--rounds` times, each
analysing the same article (the seed sample by default). Prints p50, p90, p99 and the maximum over all
requests of the concurrent rounds, and articles/s.

    python bench/serve.py [--concurrency 20] [--rounds 3] [--workers 2] [--article PATH]
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "samples" / "russia-china-coordination.txt"
CLI = str(Path(sys.executable).parent / "presslens")


def post(port: int, body: bytes) -> tuple[float, int]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request("POST", "/api/analyze", body, {"content-type": "application/json"})
    status = conn.getresponse()
    status.read()
    conn.close()
    return time.perf_counter() - started, status.status


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--article", type=Path, default=SAMPLE)
    args = parser.parse_args()
    if not args.article.exists():
        raise SystemExit(f"no article at {args.article}")
    body = json.dumps({"text": args.article.read_text(encoding="utf-8")}).encode()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [CLI, "serve", "--port", str(port), "-j", str(args.workers), "--max-body", str(len(body) + 1000)],
        stderr=None,  # the server says where it listens, and any error, on our stderr
    )
    try:
        for _ in range(400):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.25)
        for _ in range(args.workers):  # each worker process loads its pipeline on its first analysis
            post(port, body)
        alone = [post(port, body)[0] for _ in range(3)]
        latencies: list[float] = []
        started = time.perf_counter()
        for _ in range(args.rounds):
            with ThreadPoolExecutor(args.concurrency) as pool:
                results = list(pool.map(lambda _: post(port, body), range(args.concurrency)))
            bad = [code for _, code in results if code != 200]
            if bad:
                raise SystemExit(f"requests failed: {bad}")
            latencies += [t for t, _ in results]
        seconds = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    n = len(latencies)
    print(f"{args.article.name}: {len(body):,} bytes of JSON; {args.workers} worker(s)")
    print(f"one request alone: median {statistics.median(alone):.3f} s (3 requests)")
    print(
        f"{args.concurrency} at once x {args.rounds} rounds ({n} requests): "
        f"p50 {percentile(latencies, 0.5):.2f} s, "
        f"p90 {percentile(latencies, 0.9):.2f} s, p99 {percentile(latencies, 0.99):.2f} s, "
        f"max {max(latencies):.2f} s; {n / seconds:.2f} articles/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
