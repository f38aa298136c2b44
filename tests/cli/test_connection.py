"""Every command connects the same way: profiles, flags, --insecure's notice, proxies from the environment."""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path

import pytest

from ece_async.audit.profiles import Credentials
from ece_async.cli import UsageError, main
from ece_async.cli.connection import (
    INSECURE_NOTICE,
    Target,
    add_connection_flags,
    open_client,
    resolve_target,
)

from .cli_support import API_KEY, recording_server


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_connection_flags(parser)
    return parser.parse_args(argv)


def test_a_profile_works_for_a_generated_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    with recording_server() as server:
        config.write_text(f'[profiles.lab]\nurl = "{server.url}"\napi_key_env = "LAB_KEY"\n')
        monkeypatch.setenv("ECE_ASYNC_CONFIG", str(config))
        monkeypatch.setenv("LAB_KEY", API_KEY)
        assert main(["deployments", "list-deployments", "--profile", "lab", "-o", str(tmp_path / "out")]) == 0
        (seen,) = server.take()
    assert seen.headers["authorization"] == f"ApiKey {API_KEY}"


def test_the_environment_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ECE_URL", "https://ece.example:12443")
    monkeypatch.setenv("ECE_API_KEY", "k")
    monkeypatch.delenv("ECE_CA_FILE", raising=False)
    target = resolve_target(_args())
    assert (target.url, target.credentials.api_key) == ("https://ece.example:12443", "k")


def test_config_without_profile_is_refused() -> None:
    with pytest.raises(UsageError, match="--config only applies"):
        resolve_target(_args("--config", "x.toml", "--url", "https://e:1", "--api-key", "k"))


async def test_insecure_prints_one_line_instead_of_a_python_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = Target(None, "https://ece.example:12443", _credentials(), insecure=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a Python warning would raise here
        client = open_client(target)
    await client.close()
    assert capsys.readouterr().err == INSECURE_NOTICE + "\n"


def test_proxies_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with recording_server() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        # ece.invalid is never resolved: the request goes to the proxy on 127.0.0.1
        argv = ["deployments", "list-deployments", "--url", "http://ece.invalid:12400", "--api-key", API_KEY]
        assert main([*argv, "-o", str(tmp_path / "out")]) == 0
        (seen,) = proxy.take()
    assert seen.headers["host"] == "ece.invalid:12400"
    assert seen.path == "/api/v1/deployments"


def _credentials() -> Credentials:
    return Credentials(api_key=API_KEY)


def test_the_audit_connects_the_same_way(capsys: pytest.CaptureFixture[str]) -> None:
    with recording_server() as stopped:
        url = stopped.url  # nothing listens there any more
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert main(["audit", "--url", url, "--api-key", API_KEY, "--insecure", "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.count(INSECURE_NOTICE) == 1


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://admin:hunter2@ece.example:12443", "credentials"),
        ("https://ece.example:12443/?token=t0ps3cret", "query"),
        ("https://ece.example:12443/#frag", "query"),
    ],
)
def test_a_url_with_credentials_or_a_query_is_refused(
    url: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(UsageError, match=f"--url: .*{shown}") as refused:
        resolve_target(_args("--url", url, "--api-key", "k"))
    monkeypatch.setenv("ECE_URL", url)
    with pytest.raises(UsageError, match=f"ECE_URL: .*{shown}"):
        resolve_target(_args("--api-key", "k"))
    assert "hunter2" not in str(refused.value) and "t0ps3cret" not in str(refused.value)


def test_a_netrc_entry_for_the_host_leaves_the_cli_working(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI trusts the environment for proxies; a curl user's netrc for the host must not
    add its Basic credentials (aiohttp's trust_env did: a ValueError on every call)."""
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login netrc-user password netrc-password-5519\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("HOME", str(tmp_path))
    with recording_server() as ece:
        argv = ["deployments", "list-deployments", "--url", ece.url, "--api-key", API_KEY]
        assert main([*argv, "-o", str(tmp_path / "out")]) == 0
        (seen,) = ece.take()
    assert seen.headers["authorization"] == f"ApiKey {API_KEY}"
