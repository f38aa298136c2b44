"""``ece-async snapshot``: a read-only copy of the installation, without secrets."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from .conftest import Connect
from .fake_ece import SECRET_SETTING, FakeECE, serve
from .test_command import cli


async def test_snapshot_copies_the_installation_without_secrets(tmp_path: Path) -> None:
    fake = FakeECE(3)
    server, url = await serve(fake)
    try:
        code, _, err = await cli(url, tmp_path, "snapshot", "-o", "fleet.json")
    finally:
        await server.close()
    assert code == 0, err
    document = json.loads((tmp_path / "fleet.json").read_text())
    assert document["format"] == "ece-async-snapshot" and document["version"] == 1
    assert document["source"]["url"] == url
    assert [d["id"] for d in document["deployments"]] == fake.ids()
    assert [s["version"] for s in document["stack_versions"]] == [s["version"] for s in fake.stacks]
    assert SECRET_SETTING not in (tmp_path / "fleet.json").read_text()
    assert fake.requests["PUT /api/v1/deployments/{id}"] == 0


def test_secret_settings_inside_yaml_user_settings_are_dropped_too() -> None:
    """``user_settings_yaml`` is one string: the key rule never sees the settings inside it."""
    from ece_async.fleet.snapshot import drop_secrets

    yaml = (
        "xpack.notification.email.account.work.smtp.secure_password: hunter2\n"
        "action.auto_create_index: true\n"
        "xpack:\n"
        "  security.authc.realms.ldap.ldap1:\n"
        "    secure_bind_password:\n"
        "      hunter3\n"
        "    order: 0\n"
    )
    plan = {"elasticsearch": {"user_settings_yaml": yaml, "user_settings_override_yaml": yaml}}
    cleaned = drop_secrets({"plan": plan})["plan"]["elasticsearch"]
    for key in ("user_settings_yaml", "user_settings_override_yaml"):
        assert "hunter" not in cleaned[key]
        assert "action.auto_create_index: true" in cleaned[key] and "    order: 0" in cleaned[key]


async def test_a_deployment_deleted_while_the_snapshot_runs_is_left_out_not_fatal(
    connect: Connect,
) -> None:
    from ece_async.fleet.snapshot import take_snapshot

    fake = FakeECE(4)
    gone = fake.ids()[1]
    search = fake.search

    async def search_then_delete(request: Any) -> Any:
        response = await search(request)
        fake.deployments.pop(gone, None)  # deleted by someone between the search and its GET
        return response

    fake.search = search_then_delete  # type: ignore[method-assign]
    ece = await connect(fake)
    document = await take_snapshot(ece)
    assert [d["id"] for d in document["deployments"]] == [i for i in fake.ids() if i != gone]


async def test_dash_writes_the_snapshot_to_stdout_and_the_status_line_to_stderr(tmp_path: Path) -> None:
    server, url = await serve(FakeECE(3))
    try:
        code, out, err = await cli(url, tmp_path, "snapshot", "-o", "-")
    finally:
        await server.close()
    assert code == 0, err
    assert json.loads(out)["format"] == "ece-async-snapshot"
    assert err.startswith("snapshot: 3 deployments -> stdout") and not (tmp_path / "-").exists()


async def test_a_snapshot_into_a_closed_pipe_exits_74_and_one_to_a_file_needs_no_stdout(
    tmp_path: Path,
) -> None:
    server, url = await serve(FakeECE(3))
    env = {**os.environ, "ECE_URL": url, "ECE_API_KEY": "fleet-test-key"}
    command = f"{sys.executable} -m ece_async.cli snapshot -o"
    try:
        piped = await asyncio.create_subprocess_exec(
            "bash", "-c", f"{command} - | true; exit ${{PIPESTATUS[0]}}",
            cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        _, piped_err = await piped.communicate()
        closed = await asyncio.create_subprocess_shell(
            f"{command} fleet.json >&-", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
        )
        _, closed_err = await closed.communicate()
    finally:
        await server.close()
    assert "Traceback" not in piped_err.decode() + closed_err.decode()
    assert piped.returncode == 74, piped_err
    assert closed.returncode == 0 and json.loads((tmp_path / "fleet.json").read_text())["deployments"]
