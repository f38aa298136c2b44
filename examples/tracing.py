"""Tracing with OpenTelemetry: one CLIENT span per operation, under your own spans.

Needs the ``otel`` extra and an SDK (``pip install 'ece-async[otel]' opentelemetry-sdk``). The
example keeps finished spans in memory and prints them; a service would export them instead
(OTLP, console, ...)::

    python examples/tracing.py
"""

from __future__ import annotations

import asyncio

from _target import ece_target
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from ece_async import ECEClient, errors
from ece_async.otel import otel_hooks


async def main() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)  # what an application's OpenTelemetry setup does once

    async with ece_target() as target:
        url, api_key, ca_file = target.url, target.api_key, target.ca_file
        # --8<-- [start:tracing]
        tracer = trace.get_tracer("my-service")
        async with ECEClient(url, api_key=api_key, ca_file=ca_file, hooks=otel_hooks()) as ece:
            with tracer.start_as_current_span("nightly-report"):
                await ece.deployments.list_deployments()  # span "list-deployments", a child of nightly-report
                try:
                    await ece.deployments.get_deployment(deployment_id="no-such-deployment")
                except errors.NotFoundError:
                    pass  # its span: status ERROR, error.type "404", ece.error.codes
        # --8<-- [end:tracing]

    for span in exporter.get_finished_spans():
        parent = f" (child of {span.parent.span_id:016x})" if span.parent else ""
        print(
            f"{span.name} {span.kind.name} {span.context.span_id:016x}{parent} {span.status.status_code.name}"
        )
        for key, value in (span.attributes or {}).items():
            print(f"    {key} = {value!r}")
    provider.shutdown()


if __name__ == "__main__":
    asyncio.run(main())
