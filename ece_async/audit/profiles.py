"""Named installations (profiles) from a TOML config file, with credentials by reference only.

    [profiles.prod]
    url = "https://ece-prod.example:12443"      # or urls = [...] for several coordinators
    ca_file = "/etc/ece/prod-ca.pem"
    api_key_env = "ECE_PROD_API_KEY"             # or api_key_file, or username + password_env/password_file
    # or api_key_keyring = true (password_keyring = true): in the OS keyring, service "ece-async"

The file lives at ``$ECE_ASYNC_CONFIG``, else in the platform's user config
directory (see :func:`config_path`).  A profile never holds a secret itself:
``api_key`` or ``password`` keys are refused, and secrets are read from the
named environment variable or file only when the profile is used.  Errors name
the profile, the key and (for files and variables) where the secret was looked
for, never the secret.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs

from .._record import Record
from ._toml import read_toml

CONFIG_ENV = "ECE_ASYNC_CONFIG"
CONFIG_NAME = "config.toml"
APP_DIR = "ece-async"

_KEYS = {
    "url",
    "urls",
    "ca_file",
    "insecure",
    "api_key_env",
    "api_key_file",
    "api_key_keyring",
    "username",
    "password_env",
    "password_file",
    "password_keyring",
}
#: Keys that are true or false.
_FLAGS = ("insecure", "api_key_keyring", "password_keyring")
#: The OS keyring's service name for profile secrets; the entry is ``<profile>:api_key`` or ``:password``.
KEYRING_SERVICE = "ece-async"
#: Keys that would hold a secret in plain text, and what to use instead.
_PLAIN_SECRETS = {
    "api_key": "api_key_env or api_key_file",
    "password": "password_env or password_file",
    "token": "api_key_env or api_key_file",
}


class ProfileError(ValueError):
    """A config file or profile that cannot be used (a usage error; the message names the key)."""


def config_path(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """``$ECE_ASYNC_CONFIG``, else ``config.toml`` in the user config directory of this platform.

    Linux and other Unixes: ``$XDG_CONFIG_HOME/ece-async`` (default ``~/.config/ece-async``);
    macOS: ``~/Library/Application Support/ece-async``; Windows: ``%APPDATA%\\ece-async``.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    explicit = environ.get(CONFIG_ENV)
    if explicit:
        return Path(explicit).expanduser()
    home = Path(environ.get("HOME") or environ.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        base = Path(environ["APPDATA"]) if environ.get("APPDATA") else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = environ.get("XDG_CONFIG_HOME")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".config"
    return base / APP_DIR / CONFIG_NAME


@attrs.frozen
class Credentials(Record):
    """Resolved secrets; ``repr`` shows which kind, never the values."""

    api_key: str | None = attrs.field(default=None, repr=False)
    username: str | None = None
    password: str | None = attrs.field(default=None, repr=False)


@attrs.frozen
class Profile(Record):
    """One installation: where it is and where its credentials come from (never the credentials)."""

    name: str
    urls: tuple[str, ...]
    ca_file: str | None = None
    insecure: bool = False
    api_key_env: str | None = None
    api_key_file: str | None = None
    username: str | None = None
    password_env: str | None = None
    password_file: str | None = None
    api_key_keyring: bool = False
    password_keyring: bool = False

    @property
    def client_url(self) -> str | list[str]:
        """What ``ECEClient`` takes: one URL, or the list of coordinators when there are several."""
        return self.urls[0] if len(self.urls) == 1 else list(self.urls)

    def credentials(self, environ: Mapping[str, str] | None = None) -> Credentials:
        """Read the referenced secret now (environment variable or file)."""
        environ = os.environ if environ is None else environ
        where = f"profile {self.name!r}"
        if self.api_key_keyring:
            return Credentials(api_key=keyring_secret(self.name, "api_key"))
        if self.api_key_env or self.api_key_file:
            return Credentials(
                api_key=_secret(where, "api_key", self.api_key_env, self.api_key_file, environ)
            )
        if self.password_keyring:
            return Credentials(username=self.username, password=keyring_secret(self.name, "password"))
        password = _secret(where, "password", self.password_env, self.password_file, environ)
        return Credentials(username=self.username, password=password)


def keyring_entry(profile: str, what: str) -> str:
    """The keyring user name a profile's secret is stored under (service :data:`KEYRING_SERVICE`)."""
    return f"{profile}:{what}"


def keyring_secret(profile: str, what: str) -> str:
    """The secret from the OS keyring (the optional ``keyring`` package), read when the profile is used."""
    try:
        keyring = importlib.import_module("keyring")  # optional: typed or not, read as Any
    except ImportError:
        raise ProfileError(
            f"profile {profile!r}: {what}_keyring needs the keyring package (pip install keyring)"
        ) from None
    entry = keyring_entry(profile, what)
    try:
        value = keyring.get_password(KEYRING_SERVICE, entry)
    except Exception as exc:  # any backend error: named by its type, never echoing a secret
        raise ProfileError(
            f"profile {profile!r}: keyring {KEYRING_SERVICE}/{entry}: {type(exc).__name__}"
        ) from None
    if not isinstance(value, str) or not value:
        raise ProfileError(f"profile {profile!r}: no {what} in the keyring ({KEYRING_SERVICE}/{entry})")
    return value


def _secret(where: str, what: str, env: str | None, path: str | None, environ: Mapping[str, str]) -> str:
    if env:
        value = environ.get(env)
        if not value:
            raise ProfileError(f"{where}: environment variable {env} ({what}_env) is not set")
        return value
    assert path is not None
    try:
        value = Path(path).expanduser().read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ProfileError(f"{where}: {what}_file {path}: {exc.strerror or 'cannot be read'}") from None
    if not value:
        raise ProfileError(f"{where}: {what}_file {path} is empty")
    return value


def check_url(url: str, source: str) -> str:
    """``url`` if it is an http(s) URL with a host, else an error naming ``source`` (never userinfo)."""
    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        ok = False
    if not ok:
        shown = url.rsplit("@", 1)[-1] if "@" in url else url  # never echo user:password@
        raise ProfileError(f"{source}: {shown!r} is not an http(s) URL with a host (e.g. https://ece:12443)")
    return url


def parse_profile(name: str, table: Mapping[str, Any], source: str) -> Profile:
    where = f"{source}: [profiles.{name}]"
    for key in table:
        if key in _PLAIN_SECRETS:
            raise ProfileError(
                f"{where} {key}: secrets are not stored in the config file; use {_PLAIN_SECRETS[key]}"
            )
        if key not in _KEYS:
            raise ProfileError(f"{where} unknown key {key!r} (known: {', '.join(sorted(_KEYS))})")
    strings = {k: v for k, v in table.items() if k != "urls" and k not in _FLAGS}
    for key, value in strings.items():
        if not isinstance(value, str) or not value:
            raise ProfileError(f"{where} {key} must be a non-empty string")
    if ("url" in table) == ("urls" in table):
        raise ProfileError(f"{where} needs exactly one of url or urls")
    urls = table.get("urls", [table.get("url")])
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise ProfileError(f"{where} urls must be a non-empty list of strings")
    urls = [check_url(u, f"{where} {'urls' if 'urls' in table else 'url'}") for u in urls]
    for key in _FLAGS:
        if not isinstance(table.get(key, False), bool):
            raise ProfileError(f"{where} {key} must be true or false")
    flags = {k: table[k] for k in _FLAGS if k in table}
    api_key = [k for k in ("api_key_env", "api_key_file", "api_key_keyring") if table.get(k)]
    password = [k for k in ("password_env", "password_file", "password_keyring") if table.get(k)]
    if len(api_key) > 1 or len(password) > 1:
        raise ProfileError(f"{where} give one of {' or '.join(api_key or password)}, not both")
    if api_key and ("username" in table or password):
        raise ProfileError(f"{where} give an API key or username + password, not both")
    if not api_key and not ("username" in table and password):
        raise ProfileError(
            f"{where} needs credentials: api_key_env or api_key_file, "
            "or username with password_env or password_file"
        )
    references = {k: v for k, v in strings.items() if k != "url"}
    return Profile(name=name, urls=tuple(urls), **flags, **references)


def load_profiles(path: str | Path | None = None) -> dict[str, Profile]:
    """Every profile of the config file (``path``, else :func:`config_path`), in file order."""
    path = Path(path) if path is not None else config_path()
    data = read_toml(path, ProfileError)
    unknown = sorted(set(data) - {"profiles"})
    if unknown:
        raise ProfileError(
            f"{path}: unknown top-level key {unknown[0]!r} (expected [profiles.<name>] tables)"
        )
    tables = data.get("profiles")
    if not isinstance(tables, dict) or not tables:
        raise ProfileError(f"{path}: no [profiles.<name>] tables")
    profiles = {}
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise ProfileError(f"{path}: profiles.{name} must be a table")
        profiles[name] = parse_profile(name, table, str(path))
    return profiles
