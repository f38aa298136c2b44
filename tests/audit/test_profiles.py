"""Profiles: where the config file is, its shape, credentials by reference only, --all-profiles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ece_async.audit.command import Target, resolve_targets
from ece_async.audit.profiles import Credentials, ProfileError, config_path, load_profiles
from ece_async.cli import UsageError, main

from .served import simulators_in_thread

SECRET = "k3y-th4t-must-n3ver-show"


def test_config_path_per_platform(tmp_path: Path) -> None:
    home, cfg, appdata = tmp_path / "op", tmp_path / "cfg", tmp_path / "AppData" / "Roaming"
    explicit = tmp_path / "ece.toml"
    assert config_path({"ECE_ASYNC_CONFIG": str(explicit)}, "linux") == explicit
    assert config_path({"HOME": str(home)}, "linux") == home / ".config/ece-async/config.toml"
    assert (
        config_path({"HOME": str(home), "XDG_CONFIG_HOME": str(cfg)}, "linux")
        == cfg / "ece-async/config.toml"
    )
    assert (
        config_path({"HOME": str(home), "XDG_CONFIG_HOME": "relative"}, "linux")
        == home / ".config/ece-async/config.toml"
    )
    assert (
        config_path({"HOME": str(home)}, "darwin")
        == home / "Library/Application Support/ece-async/config.toml"
    )
    assert config_path({"APPDATA": str(appdata)}, "win32") == appdata / "ece-async/config.toml"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_documented_shape_parses(tmp_path: Path) -> None:
    key_file = tmp_path / "staging.key"
    key_file.write_text(SECRET + "\n", encoding="utf-8")
    path = _write(
        tmp_path,
        f"""
[profiles.prod]
url = "https://ece-prod.example:12443"
ca_file = "/etc/ece/prod-ca.pem"
api_key_env = "ECE_PROD_API_KEY"

[profiles.eu]
urls = ["https://c1.example:12443", "https://c2.example:12443"]
username = "admin"
password_env = "ECE_EU_PASSWORD"

[profiles.staging]
url = "https://ece-staging.example:12443"
api_key_file = "{key_file}"
insecure = true
""",
    )
    profiles = load_profiles(path)
    assert list(profiles) == ["prod", "eu", "staging"]
    prod, eu, staging = profiles.values()
    assert prod.client_url == "https://ece-prod.example:12443" and prod.ca_file == "/etc/ece/prod-ca.pem"
    assert eu.client_url == ["https://c1.example:12443", "https://c2.example:12443"]
    assert prod.credentials({"ECE_PROD_API_KEY": SECRET}).api_key == SECRET
    eu_credentials = eu.credentials({"ECE_EU_PASSWORD": SECRET})
    assert (eu_credentials.username, eu_credentials.password) == ("admin", SECRET)
    assert staging.credentials({}).api_key == SECRET and staging.insecure
    assert SECRET not in repr(eu_credentials) and SECRET not in repr(profiles)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'url = "https://x"\napi_key = "' + SECRET + '"',
            "api_key: secrets are not stored in the config file",
        ),
        (
            'url = "https://x"\nusername = "a"\npassword = "' + SECRET + '"',
            "password: secrets are not stored",
        ),
        ('url = "https://x"\napi_key_env = "K"\nhost = "y"', "unknown key 'host'"),
        ('api_key_env = "K"', "needs exactly one of url or urls"),
        ('url = "https://x"\nurls = ["https://y"]\napi_key_env = "K"', "needs exactly one of url or urls"),
        ('urls = []\napi_key_env = "K"', "urls must be a non-empty list"),
        ('url = "ftp://x"\napi_key_env = "K"', "url: 'ftp://x' is not an http(s) URL"),
        ('url = "https://x"', "needs credentials"),
        ('url = "https://x"\napi_key_env = "K"\napi_key_file = "/k"', "not both"),
        ('url = "https://x"\napi_key_env = "K"\nusername = "a"\npassword_env = "P"', "not both"),
        ('url = "https://x"\napi_key_env = "K"\ninsecure = "yes"', "insecure must be true or false"),
    ],
)
def test_bad_profiles_name_the_profile_and_key_never_the_secret(
    tmp_path: Path, body: str, message: str
) -> None:
    path = _write(tmp_path, f"[profiles.prod]\n{body}\n")
    with pytest.raises(ProfileError) as caught:
        load_profiles(path)
    assert "[profiles.prod]" in str(caught.value) and message in str(caught.value)
    assert SECRET not in str(caught.value)


def test_missing_secrets_name_where_they_were_looked_for(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '[profiles.a]\nurl = "https://x"\napi_key_env = "NOT_SET"\n'
        '[profiles.b]\nurl = "https://x"\napi_key_file = "/nonexistent/key"\n',
    )
    a, b = load_profiles(path).values()
    with pytest.raises(ProfileError, match="environment variable NOT_SET"):
        a.credentials({})
    with pytest.raises(ProfileError, match="api_key_file /nonexistent/key"):
        b.credentials({})
    with pytest.raises(ProfileError, match="no such file"):
        load_profiles(tmp_path / "none.toml")
    with pytest.raises(ProfileError, match=r"no \[profiles.<name>\] tables"):
        load_profiles(_write(tmp_path, ""))


def test_all_profiles_audit_concurrently_and_an_unreachable_one_is_a_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with simulators_in_thread(1, 25, seed=2) as (sim,):
        details = {"url": sim.url, "key": sim.api_key}
        path = _write(
            tmp_path,
            f'[profiles.lab]\nurl = "{details["url"]}"\napi_key_env = "LAB_KEY"\n'
            '[profiles.down]\nurl = "http://127.0.0.1:9"\napi_key_env = "LAB_KEY"\n',
        )
        monkeypatch.setenv("ECE_ASYNC_CONFIG", str(path))
        monkeypatch.setenv("LAB_KEY", details["key"])
        code = main(["audit", "--all-profiles", "--format", "json", "--no-costs", "--no-progress"])
        captured = capsys.readouterr()
        document = json.loads(captured.out)
        rows = document["deployments"]
        assert code == 1  # one installation could not be audited
        # The dead installation is listed apart: no row, and no deployment in the fleet's counts.
        assert {r["installation"] for r in rows} == {"lab"} and len(rows) == 25
        summary = document["summary"]
        assert summary["deployments"] == 25 and summary["failed"] == 0
        assert [i["installation"] for i in summary["installations"]] == ["lab"]
        (down,) = summary["unreachable"]
        assert down["installation"] == "down" and "127.0.0.1:9" in down["error"]
        assert "down: unreachable: " in captured.err and "down: 1 deployments" not in captured.err
        assert details["key"] not in captured.err + captured.out

        code = main(["audit", "--all-profiles", "--no-costs", "--no-progress", "--wide"])
        table = capsys.readouterr().out
        assert code == 1 and "\nUNREACHABLE: 1 installation(s) could not be audited\ndown  " in table
        assert "\ndown " not in table.partition("\nUNREACHABLE")[0]  # not a row of the table
        assert main(["audit", "--all-profiles", "--no-costs", "--no-progress", "--platform", "--wide"]) == 1
        assert "\nUNREACHABLE: 1 installation(s)" in capsys.readouterr().out

        assert main(["audit", "--profile", "lab", "--no-costs", "--no-progress", "--wide"]) == 0
        table = capsys.readouterr().out
        assert table.startswith("ID ") and "INSTALLATION" not in table.splitlines()[0]
        both = _write(
            tmp_path,
            "".join(
                f'[profiles.{n}]\nurl = "{details["url"]}"\napi_key_env = "LAB_KEY"\n' for n in ("a", "b")
            ),
        )
        assert main(["audit", "--all-profiles", "--config", str(both), "--no-costs", "--no-progress"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("INSTALLATION ") and "\na " in out and "\nb " in out
        assert main(["audit", "--profile", "nope"]) == 2
        assert "--profile nope: no such profile" in capsys.readouterr().err


def test_a_profile_with_several_urls_audits_through_every_coordinator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two simulators of one seed serve the same fleet and key: two coordinators of one installation.
    with simulators_in_thread(2, 40, seed=3, speed=0) as (first, second):
        urls = [first.url, second.url]
        path = _write(
            tmp_path,
            f'[profiles.pair]\nurls = {json.dumps(urls)}\napi_key_env = "PAIR_KEY"\n'
            f'[profiles.failover]\nurls = ["http://127.0.0.1:9", "{second.url}"]\napi_key_env = "PAIR_KEY"\n',
        )
        monkeypatch.setenv("PAIR_KEY", first.api_key)
        args = ["audit", "--config", str(path), "--format", "json", "--no-costs", "--no-progress"]
        assert main([*args, "--profile", "pair", "--platform"]) == 0
        capsys.readouterr()
        assert first.stats.total > 0 and second.stats.total > 0  # round-robin across both
        before = second.stats.total

        code = main([*args, "--profile", "failover"])  # the first coordinator refuses connections
        document = json.loads(capsys.readouterr().out)
    assert document["summary"]["deployments"] == 40 and document["summary"]["failed"] == 0
    assert code == 0 and all(row["health"] != "error" for row in document["deployments"])
    assert second.stats.total > before


def test_connection_flags_override_a_profile_including_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with simulators_in_thread(1, 5, seed=2, speed=0) as (sim,):
        path = _write(tmp_path, f'[profiles.sim]\nurl = "{sim.url}"\napi_key_env = "WRONGKEY"\n')
        monkeypatch.setenv("WRONGKEY", "nope")
        args = ["audit", "--config", str(path), "--profile", "sim", "--no-costs", "--no-progress"]
        assert main([*args, "--api-key", sim.api_key, "--format", "json"]) == 0
        captured = capsys.readouterr()
        assert json.loads(captured.out)["summary"]["deployments"] == 5
        assert sim.api_key not in captured.err
        monkeypatch.delenv("WRONGKEY")  # the profile's secret is not even read when a flag replaces it
        assert main([*args, "--api-key", sim.api_key, "--format", "csv"]) == 0
        assert main(args) == 2
        assert "environment variable WRONGKEY" in capsys.readouterr().err


def _resolve(tmp_path: Path, profile: str, *flags: str) -> list[Target]:
    from ece_async.cli import build_parser

    path = _write(tmp_path, profile)
    args = build_parser("audit").parse_args(["audit", "--config", str(path), *flags])
    return list(resolve_targets(args, {"KEY": SECRET, "PASS": SECRET}))


def test_every_connection_flag_overrides_the_profile(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("x", encoding="utf-8")
    key_profile = '[profiles.p]\nurl = "https://a:1"\napi_key_env = "KEY"\n'
    user_profile = '[profiles.p]\nurl = "https://a:1"\nusername = "op"\npassword_env = "PASS"\n'
    (target,) = _resolve(tmp_path, key_profile, "--profile", "p", "--username", "u", "--password", "pw")
    assert target.credentials == Credentials(username="u", password="pw")
    (target,) = _resolve(tmp_path, key_profile, "--profile", "p", "--insecure", "--ca-file", str(ca))
    assert target.insecure and target.ca_file == str(ca)
    assert target.credentials.api_key == SECRET
    (target,) = _resolve(tmp_path, user_profile, "--profile", "p", "--password", "pw")
    assert target.credentials == Credentials(username="op", password="pw")
    (target,) = _resolve(tmp_path, user_profile, "--profile", "p", "--username", "other")
    assert target.credentials == Credentials(username="other", password=SECRET)
    (target,) = _resolve(tmp_path, user_profile, "--profile", "p", "--api-key", "k", "--url", "https://b:2")
    assert target.credentials == Credentials(api_key="k") and target.url == "https://b:2"
    with pytest.raises(UsageError, match="give --username and --password together"):
        _resolve(tmp_path, key_profile, "--profile", "p", "--username", "u")
    with pytest.raises(UsageError, match="give --username and --password together"):
        _resolve(tmp_path, key_profile, "--profile", "p", "--password", SECRET)


@pytest.mark.parametrize(
    "flags",
    [
        ["--url", "https://b:2"],
        ["--api-key", SECRET],
        ["--username", "u"],
        ["--password", SECRET],
        ["--ca-file", "/etc/hosts"],
        ["--insecure"],
    ],
)
def test_all_profiles_refuses_connection_flags(tmp_path: Path, flags: list[str]) -> None:
    profile = '[profiles.p]\nurl = "https://a:1"\napi_key_env = "KEY"\n'
    with pytest.raises(UsageError, match=f"{flags[0]} does not apply to --all-profiles") as caught:
        _resolve(tmp_path, profile, "--all-profiles", *flags)
    assert SECRET not in str(caught.value)


def test_keyring_references(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    class Keyring:
        @staticmethod
        def get_password(service: str, user: str) -> str | None:
            return {("ece-async", "vault:api_key"): SECRET}.get((service, user))

    config = tmp_path / "config.toml"
    config.write_text(
        '[profiles.vault]\nurl = "https://e:1"\napi_key_keyring = true\n'
        '[profiles.empty]\nurl = "https://e:1"\nusername = "u"\npassword_keyring = true\n'
    )
    monkeypatch.setitem(sys.modules, "keyring", Keyring)
    profiles = load_profiles(config)
    assert profiles["vault"].credentials() == Credentials(api_key=SECRET)
    with pytest.raises(ProfileError, match="no password in the keyring") as error:
        profiles["empty"].credentials()
    assert "empty:password" in str(error.value)
    config.write_text('[profiles.x]\nurl = "https://e:1"\napi_key_keyring = true\napi_key_env = "K"\n')
    with pytest.raises(ProfileError, match="not both"):
        load_profiles(config)
    config.write_text('[profiles.x]\nurl = "https://e:1"\napi_key_keyring = "yes"\n')
    with pytest.raises(ProfileError, match="api_key_keyring must be true or false"):
        load_profiles(config)
