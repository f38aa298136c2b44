"""``ece-async snapshot -o FILE``: a read-only copy of an installation, to rehearse a fleet change on.

The file (one JSON object, format ``ece-async-snapshot`` version 1) holds every deployment
as ``get-deployment`` returns it (plans, metadata, settings; no plan history), the
deployment templates, the stack versions, the allocators and the zones: what
``ece-async simulate --from-snapshot`` needs to serve the same fleet.  No secrets: every key
the runtime's secret-name rule calls secret is dropped, at any depth.  Only GETs and searches
are sent.

Exit status: 0 written; 2 bad usage or unreachable; 74 the file cannot be written; 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._tolerant import at, items, text

if TYPE_CHECKING:
    from ..client import ECEClient

__all__ = ["FORMAT", "configure", "drop_secrets", "run", "take_snapshot"]

FORMAT = "ece-async-snapshot"
_GET_FLAGS = {"show_plans": True, "show_plan_history": False, "show_metadata": True, "show_settings": True}


def drop_secrets(value: Any) -> Any:
    """``value`` without any key whose name is a secret's (``password``, ``api_key``, ``token``...)."""
    from .._generated import is_secret_name

    if isinstance(value, dict):
        return {
            k: _drop_yaml_secrets(v) if str(k).endswith("_yaml") else drop_secrets(v)
            for k, v in value.items()
            if not is_secret_name(str(k))
        }
    if isinstance(value, list):
        return [drop_secrets(v) for v in value]
    return value


_YAML_KEY = re.compile(r"^(\s*)(?:- )?[\"']?([^\"':#]+)[\"']?\s*:")


def _drop_yaml_secrets(value: Any) -> Any:
    """User settings YAML (one string) without the lines setting a secret, and what nests below them.

    Line by line rather than parsed: no YAML library is a dependency, and a line whose key
    names a secret is dropped with every more-indented line after it, which covers
    ``key: value``, dotted keys and nested blocks.
    """
    from .._generated import is_secret_name

    if not isinstance(value, str):
        return drop_secrets(value)
    kept: list[str] = []
    dropping_below: int | None = None
    for line in value.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip())
        if dropping_below is not None and (indent > dropping_below or not line.strip()):
            continue
        dropping_below = None
        match = _YAML_KEY.match(line)
        if match and any(is_secret_name(part) for part in match.group(2).strip().split(".")):
            dropping_below = indent
            continue
        kept.append(line)
    return "".join(kept)


async def _optional(client: ECEClient, path: str, params: dict[str, Any] | None = None) -> Any:
    """A GET whose failure leaves its part of the snapshot empty (an older ECE may lack it)."""
    from ..errors import APIError

    try:
        return await client.request("GET", path, params=params)
    except APIError:
        return None


async def _deployments(client: ECEClient, concurrency: int) -> list[Any]:
    from .select import search_deployments

    ids = [i for hit in await search_deployments(client) if (i := text(at(hit, "id")))]
    limit = asyncio.Semaphore(concurrency)

    async def one(deployment_id: str) -> Any:
        from ..errors import NotFoundError

        async with limit:
            try:
                return await client.request("GET", f"/deployments/{deployment_id}", params=_GET_FLAGS)
            except NotFoundError:  # deleted since the search: not part of the installation any more
                return None

    return [d for d in await asyncio.gather(*(one(i) for i in ids)) if d is not None]


def _allocators(overview: Any) -> tuple[list[Any], list[str]]:
    zones = items(at(overview, "zones"))
    allocators = [a for zone in zones for a in items(at(zone, "allocators"))]
    return allocators, [z for zone in zones if (z := text(at(zone, "zone_id")))]


async def take_snapshot(client: ECEClient, *, concurrency: int = 16) -> dict[str, Any]:
    """The snapshot document of the installation ``client`` talks to."""
    platform = await _optional(client, "/platform")
    deployments = await _deployments(client, concurrency)
    templates = await _optional(client, "/deployments/templates", {"show_instance_configurations": True})
    stacks = await _optional(client, "/stack/versions")
    allocators, zones = _allocators(await _optional(client, "/platform/infrastructure/allocators"))
    url = client.base_url.removesuffix("/api/v1")
    document = {
        "format": FORMAT,
        "version": 1,
        "captured_at": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "source": {"url": url, "ece_version": text(at(platform, "version"))},
        "deployments": deployments,
        "templates": items(templates),
        "stack_versions": items(at(stacks, "stacks")),
        "allocators": allocators,
        "zones": zones,
    }
    return dict(drop_secrets(document))


def write_atomically(path: Path, chunks: Iterable[str]) -> None:
    """Write to a temporary file beside ``path``, fsync, then rename: never a half snapshot."""
    temporary = path.with_name(f".{path.name}.partial")
    try:
        with temporary.open("w", encoding="utf-8") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def configure(parser: argparse.ArgumentParser) -> None:
    from .command import _connection

    parser.add_argument(
        "--output", "-o", required=True, metavar="FILE", help="where the snapshot goes ('-': stdout)"
    )
    _connection(parser)


def run(args: argparse.Namespace) -> int:
    from ..cli.exits import EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, describe, exit_code
    from ..cli.output import Output, OutputError, check_writable
    from ..errors import ECEError
    from .command import _client, _target

    to_stdout = args.output == "-"
    stdout = Output()
    try:
        if to_stdout:
            stdout.open()  # a closed stdout fails now, not after the whole installation was read
        else:
            check_writable(args.output)
    except OutputError as exc:
        print(f"ece-async snapshot: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    target = _target(args)

    async def snapshot() -> dict[str, Any]:
        async with _client(target) as ece:
            return await take_snapshot(ece)

    try:
        document = asyncio.run(snapshot())
    except KeyboardInterrupt:
        print("interrupted; nothing written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except ECEError as exc:
        print(f"ece-async snapshot: {describe(exc)}", file=sys.stderr)
        return exit_code(exc)
    chunks = json.JSONEncoder(indent=1).iterencode(document)
    try:
        if to_stdout:
            stdout.write("".join(chunks) + "\n")
        else:
            write_atomically(Path(args.output), chunks)
    except (OSError, OutputError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        print(f"ece-async snapshot: cannot write {args.output}: {reason}", file=sys.stderr)
        return EXIT_OUTPUT
    where = "stdout" if to_stdout else args.output
    print(f"snapshot: {len(document['deployments'])} deployments -> {where}", file=sys.stderr)
    return EXIT_OK
