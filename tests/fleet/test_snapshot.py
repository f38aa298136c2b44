"""``ece-async snapshot``: a read-only copy of the installation, without secrets."""

from __future__ import annotations

import json
from pathlib import Path

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
