"""``ece-async simulate`` as users run it: a subprocess that prints how to connect and stops on Ctrl-C."""

from __future__ import annotations

import asyncio
import base64
import re
import signal
import sys
from pathlib import Path

import aiohttp
import orjson
import pytest

from ece_async.cli import COMMANDS, main

from .test_snapshot import SNAPSHOT

_TIMEOUT = 60  # generous: only guards against a hung subprocess, never asserted on


async def _start(*args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "ece_async.cli",
        "simulate",
        "--port",
        "0",
        "--deployments",
        "5",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _stop(proc: asyncio.subprocess.Process) -> tuple[int, bytes, bytes]:
    proc.send_signal(signal.SIGINT)
    stdout, stderr = await asyncio.wait_for(proc.communicate(), _TIMEOUT)
    assert proc.returncode is not None
    return proc.returncode, stdout, stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery to a child differs on Windows")
async def test_simulate_json_serves_and_stops_cleanly() -> None:
    proc = await _start("--json", "--seed", "4", "--search-page-cap", "2")
    try:
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), _TIMEOUT)
        details = orjson.loads(line)
        assert details["url"].startswith("http://127.0.0.1:")
        async with aiohttp.ClientSession() as session:
            headers = {"Authorization": f"ApiKey {details['api_key']}"}
            async with session.get(details["api_url"] + "/deployments", headers=headers) as response:
                assert response.status == 200
                body = await response.json()
            search = details["api_url"] + "/deployments/_search"
            async with session.post(search, headers=headers, json={"size": 5}) as response:
                page = await response.json()
        assert len(body["deployments"]) == 5
        assert (page["return_count"], page["match_count"]) == (2, 5)
    finally:
        code, _, stderr = await _stop(proc)
    assert code == 0, stderr.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery to a child differs on Windows")
async def test_simulate_text_output_and_faults_flag() -> None:
    proc = await _start("--faults", "--speed", "10")
    try:
        assert proc.stdout is not None
        first = (await asyncio.wait_for(proc.stdout.readline(), _TIMEOUT)).decode()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", first)
        assert match, first
        lines = [(await asyncio.wait_for(proc.stdout.readline(), _TIMEOUT)).decode() for _ in range(7)]
        assert any(line.strip().startswith("faults:") and "per-route: /billing/*" in line for line in lines)
        password = next(line.split()[-1] for line in lines if line.strip().startswith("password:"))
        basic = "Basic " + base64.b64encode(f"admin:{password}".encode()).decode()
        async with aiohttp.ClientSession(base_url=match.group(1)) as session:
            async with session.get("/api/v1/platform", headers={"Authorization": basic}) as response:
                # The default mix may inject a fault; what matters is that the server answered.
                assert response.status in (200, 502, 503, 504)
            async with session.get("/_simulator/stats") as response:
                stats = await response.json()
        assert stats["requests"]["get-platform"] >= 1
    finally:
        code, stdout, stderr = await _stop(proc)
    assert code == 0, stderr.decode()
    assert b"Stopped after" in stdout


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery to a child differs on Windows")
async def test_simulate_from_snapshot_serves_the_copied_fleet(tmp_path: Path) -> None:
    path = tmp_path / "fleet.json"
    path.write_bytes(orjson.dumps(SNAPSHOT))
    proc = await _start("--json", "--from-snapshot", str(path))
    try:
        assert proc.stdout is not None
        details = orjson.loads(await asyncio.wait_for(proc.stdout.readline(), _TIMEOUT))
        async with aiohttp.ClientSession() as session:
            headers = {"Authorization": f"ApiKey {details['api_key']}"}
            async with session.get(details["api_url"] + "/deployments", headers=headers) as response:
                body = await response.json()
        assert details["deployments"] == 2
        assert sorted(d["name"] for d in body["deployments"]) == ["logs-dev", "orders-prod"]
    finally:
        code, _, stderr = await _stop(proc)
    assert code == 0, stderr.decode()


def test_cli_dispatch(capsys: pytest.CaptureFixture[str]) -> None:
    assert "simulate" in COMMANDS
    assert main([]) == 2
    assert "simulate" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["simulate", "--help"])
    assert exc.value.code == 0
    assert "--deployments" in capsys.readouterr().out
    assert main(["simulate", "--faults", "bogus=1", "--port", "0"]) == 2
    assert "unknown fault setting" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (["simulate", "--speed", "nan"], "--speed"),
        (["simulate", "--speed", "inf"], "--speed"),
        (["simulate", "--token-lifetime", "nan"], "--token-lifetime"),
        (["simulate", "--token-lifetime", "inf"], "--token-lifetime"),
        (["simulate", "--plan-failure-rate", "nan"], "--plan-failure-rate"),
        (["simulate", "--search-page-cap", "0"], "--search-page-cap"),
        (["simulate", "--faults", "latency=inf"], "--faults latency=inf"),
        (["audit", "--simulate", "5", "--faults", "latency=nan"], "--faults latency=nan"),
        (["audit", "--simulate", "5", "--faults", "latency=inf"], "--faults latency=inf"),
        (["audit", "--simulate", "5", "--faults", "retry_after=inf"], "--faults retry_after=inf"),
    ],
)
def test_non_finite_values_are_usage_errors(
    argv: list[str], flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"ece-async {argv[0]}: {flag}") and err.count("\n") == 1, err
