"""The release the package reports (user agent, ``--version``, span scope) is the installed distribution's.

The package reads its version from ``ece_async.__version__`` (no ``importlib.metadata`` at run
time: it cost a cold start); the build reads the same constant, so they cannot drift apart.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import aiohttp
from aiohttp import web

import ece_async
from ece_async import ECEClient

from .facade_support import LocalServers, json_response

INSTALLED = metadata.version("ece-async")


def test_the_package_version_is_the_installed_distributions() -> None:
    assert ece_async.__version__ == INSTALLED


async def test_the_user_agent_on_the_wire_names_the_installed_version_and_aiohttps(
    servers: LocalServers,
) -> None:
    agents: list[str | None] = []

    async def handler(request: web.Request) -> web.Response:
        agents.append(request.headers.get("User-Agent"))
        return json_response({})

    base = await servers.start([("GET", "/platform", handler)])
    async with ECEClient(base, api_key="version-key-1") as ece:
        await ece.request("GET", "/platform")
    assert agents == [f"ece-async/{INSTALLED} aiohttp/{aiohttp.__version__}"]


def test_the_cli_version_is_the_installed_distributions() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ece_async.cli", "--version"], capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{INSTALLED}\n", "")
