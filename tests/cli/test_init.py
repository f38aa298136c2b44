"""``ece-async init``: a profile is written only after the installation accepted its credentials."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from aiohttp import web

from ece_async.audit.profiles import load_profiles
from ece_async.cli import main

from .cli_support import API_KEY, recording_server


def test_init_checks_then_writes_a_profile_without_the_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "conf" / "config.toml"
    monkeypatch.setenv("LAB_KEY", API_KEY)
    with recording_server() as server:
        server.reply = lambda _r: web.json_response({"id": "admin"})
        argv = ["init", "lab", "--url", server.url, "--api-key-env", "LAB_KEY", "--config", str(config)]
        assert main(argv) == 0
        (seen,) = server.take()
        assert (seen.path, seen.headers["authorization"]) == ("/api/v1/account", f"ApiKey {API_KEY}")
        # and the new profile works for any command
        assert main(["deployments", "list-deployments", "--profile", "lab", "--config", str(config)]) == 0
    text = config.read_text()
    assert API_KEY not in text
    assert load_profiles(config)["lab"].api_key_env == "LAB_KEY"
    assert config.stat().st_mode & 0o077 == 0
    assert "--profile lab" in capsys.readouterr().err


def test_rejected_credentials_write_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    monkeypatch.setenv("LAB_KEY", "wrong")
    error = {
        "errors": [{"code": "root.unauthenticated", "message": "The supplied authentication is invalid"}]
    }
    with recording_server() as server:
        server.reply = lambda _r: web.json_response(error, status=401)
        argv = ["init", "lab", "--url", server.url, "--api-key-env", "LAB_KEY", "--config", str(config)]
        assert main(argv) == 1
    assert not config.exists()
    err = capsys.readouterr().err
    assert "401 root.unauthenticated" in err and "wrong" not in err


def test_a_second_profile_is_appended_and_a_duplicate_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    monkeypatch.setenv("K", "k")
    base = ["--url", "https://ece.example:12443", "--api-key-env", "K", "--config", str(config), "--no-check"]
    assert main(["init", "one", *base]) == 0
    assert main(["init", "two", *base, "--insecure"]) == 0
    assert main(["init", "one", *base]) == 2
    profiles = load_profiles(config)
    assert list(profiles) == ["one", "two"] and profiles["two"].insecure
    assert "already in" in capsys.readouterr().err


def test_a_secret_that_is_not_there_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("NOPE", raising=False)
    argv = [
        "init",
        "x",
        "--url",
        "https://e:1",
        "--api-key-env",
        "NOPE",
        "--config",
        str(tmp_path / "c.toml"),
    ]
    assert main(argv) == 2
    assert "NOPE" in capsys.readouterr().err


class _FakeKeyring:
    """Stands in for the optional ``keyring`` package: a dict of (service, user) -> secret."""

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, secret: str) -> None:
        self.store[(service, user)] = secret

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))


def test_keyring_keeps_the_secret_and_the_profile_finds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring = _FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    monkeypatch.setattr("sys.stdin", io.StringIO(API_KEY + "\n"))
    config = tmp_path / "config.toml"
    with recording_server() as server:
        server.reply = lambda _r: web.json_response({"id": "admin"})
        assert main(["init", "vault", "--url", server.url, "--keyring", "--config", str(config)]) == 0
        assert main(["deployments", "list-deployments", "--profile", "vault", "--config", str(config)]) == 0
        seen = server.take()
    assert [s.headers["authorization"] for s in seen] == [f"ApiKey {API_KEY}"] * 2
    assert keyring.store == {("ece-async", "vault:api_key"): API_KEY}
    assert API_KEY not in config.read_text() and "api_key_keyring = true" in config.read_text()


def test_keyring_without_the_package_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring raises ImportError
    argv = ["init", "v", "--url", "https://e:1", "--keyring", "--config", str(tmp_path / "c.toml")]
    assert main(argv) == 2
    assert "pip install keyring" in capsys.readouterr().err


def test_keyring_without_stdin_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", _FakeKeyring())
    monkeypatch.setattr("sys.stdin", None)  # `ece-async init ... <&-`
    argv = ["init", "v", "--url", "https://e:1", "--keyring", "--config", str(tmp_path / "c.toml")]
    assert main(argv) == 2
    assert "no API key given" in capsys.readouterr().err
    assert not (tmp_path / "c.toml").exists()


def test_a_url_with_credentials_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("K", "some-key")
    config = tmp_path / "c.toml"
    argv = ["init", "x", "--url", "https://admin:hunter2@e:1", "--api-key-env", "K", "--no-check"]
    assert main([*argv, "--config", str(config)]) == 2
    assert not config.exists()
    assert "hunter2" not in capsys.readouterr().err
