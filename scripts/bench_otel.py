"""What tracing with ``ece_async.otel`` costs per call, in client CPU.

A local aiohttp server (a separate process, as in ``bench_client.py``) serves a small deployment
document, so the fixed per-call costs show. This process measures its own CPU time
(``time.process_time``) for N GETs at concurrency C, the cases interleaved round by round:

  off          no hooks (the client as everyone runs it)
  null-hook    an ``on_operation`` hook that returns no observer: the seam's own cost
  api-only     ``otel_hooks()`` with the OpenTelemetry API but no SDK configured (non-recording)
  sampled-out  an SDK tracer provider that samples nothing
  recorded     an SDK tracer provider recording every span (a processor that drops finished spans,
               so exporting is not counted: that is the exporter's cost, not ours)

It prints CPU microseconds per call (median, min, max over rounds) and the difference to ``off``.
A benchmark, not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import orjson
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_client import _gather, _serve, served_in_process  # noqa: E402

from ece_async import ECEClient, Hooks  # noqa: E402
from ece_async.otel import otel_hooks  # noqa: E402

PAYLOAD = orjson.dumps({"id": "abc", "name": "bench", "healthy": True, "resources": {}})


class Drop(SpanProcessor):
    """Receives every finished span and keeps none."""

    def on_end(self, span: ReadableSpan) -> None:
        pass


def cases() -> dict[str, Hooks | None]:
    recorded = TracerProvider()
    recorded.add_span_processor(Drop())
    return {
        "off": None,
        "null-hook": Hooks(on_operation=lambda start: None),
        "api-only": otel_hooks(),
        "sampled-out": otel_hooks(TracerProvider(sampler=ALWAYS_OFF)),
        "recorded": otel_hooks(recorded),
    }


async def run(base: str, args: argparse.Namespace) -> dict[str, list[float]]:
    hooks = cases()
    results: dict[str, list[float]] = {name: [] for name in hooks}
    clients = {name: ECEClient(base, api_key="bench-key", hooks=h) for name, h in hooks.items()}
    try:

        def caller(ece: ECEClient) -> Callable[[], Awaitable[None]]:
            async def one() -> None:
                await ece.deployments.get_deployment(deployment_id="abc")

            return one

        calls = {name: caller(ece) for name, ece in clients.items()}
        for one in calls.values():  # warm up connections and caches
            await _gather(args.concurrency * 4, args.concurrency, one)
        for _ in range(args.rounds):
            for name, one in calls.items():
                results[name].append(await _gather(args.requests, args.concurrency, one))
    finally:
        for ece in clients.values():
            await ece.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    with served_in_process(_serve, PAYLOAD) as base:
        results = asyncio.run(run(base, args))

    print(
        f"{args.requests} GETs x {args.rounds} rounds (interleaved), concurrency {args.concurrency}, "
        f"{len(PAYLOAD)} B body, python {sys.version.split()[0]}"
    )
    off = statistics.median(results["off"])
    print(f"{'':12} {'CPU us/call (median)':>21} {'min':>8} {'max':>8} {'vs off':>8}")
    for name, values in results.items():
        med = statistics.median(values)
        print(f"{name:12} {med:21.1f} {min(values):8.1f} {max(values):8.1f} {med - off:+8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
