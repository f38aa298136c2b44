"""``ece-async init``: add a profile to the config file, once the installation accepted its credentials.

The profile names where the secret is (an environment variable, a file, or
the OS keyring through the optional ``keyring`` package), never the secret:
the file can be shared, backed up and read by ``cat``.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import UsageError
from .exits import EXIT_OK, describe, exit_code

if TYPE_CHECKING:
    from ..audit.profiles import Credentials


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="PROFILE", help="the profile's name (use it as --profile NAME)")
    parser.add_argument("--url", required=True, help="coordinator URL, e.g. https://ece:12443")
    where = parser.add_argument_group("where the secret is (one of them; never in the file)")
    where.add_argument("--api-key-env", metavar="VAR", help="environment variable holding the API key")
    where.add_argument("--api-key-file", metavar="FILE", help="file holding the API key")
    where.add_argument("--username", help="user for password login, with --password-env or --password-file")
    where.add_argument("--password-env", metavar="VAR", help="environment variable holding the password")
    where.add_argument("--password-file", metavar="FILE", help="file holding the password")
    where.add_argument(
        "--keyring",
        action="store_true",
        help="ask for the API key (or, with --username, the password) and keep it in the OS keyring "
        "(needs the keyring package); on a pipe, its first line is the secret",
    )
    parser.add_argument("--ca-file", help="CA bundle of the installation")
    parser.add_argument("--insecure", action="store_true", help="skip TLS verification (never in production)")
    parser.add_argument(
        "--config", metavar="FILE", help="profiles file (default: $ECE_ASYNC_CONFIG, else user config dir)"
    )
    parser.add_argument("--no-check", action="store_true", help="write the profile without trying it first")


def profile_table(args: argparse.Namespace) -> dict[str, object]:
    """The profile's keys, as ``[profiles.NAME]`` holds them (only references to secrets)."""
    table: dict[str, object] = {"url": args.url}
    for key in ("ca_file", "api_key_env", "api_key_file", "username", "password_env", "password_file"):
        value = getattr(args, key)
        if value:
            table[key] = str(Path(value).expanduser().resolve()) if key.endswith("_file") else value
    if args.insecure:
        table["insecure"] = True
    if args.keyring:
        table["password_keyring" if args.username else "api_key_keyring"] = True
    return table


def toml_table(name: str, table: Mapping[str, object]) -> str:
    """``[profiles."name"]`` with its keys; JSON strings are valid TOML basic strings."""
    lines = [f"[profiles.{json.dumps(name)}]"]
    for key, value in table.items():
        lines.append(f"{key} = {'true' if value is True else json.dumps(value)}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from ..audit.profiles import ProfileError, config_path, load_profiles, parse_profile
    from .connection import check_url

    path = Path(args.config) if args.config else config_path()
    table = profile_table(args)
    try:
        check_url(args.url, "--url")
        profile = parse_profile(args.name, table, "ece-async init")
        existing = load_profiles(path) if path.exists() else {}
        if args.name in existing:
            raise UsageError(
                f"profile {args.name!r} is already in {path}: edit it there or pick another name"
            )
        credentials = _typed_credentials(args) if args.keyring else profile.credentials()
    except ProfileError as exc:
        raise UsageError(str(exc).replace("ece-async init: ", "")) from None
    if not args.no_check:
        code = _check(profile.client_url, credentials, args)
        if code != EXIT_OK:
            return code
    if args.keyring:
        _store(args.name, credentials)
    _append(path, toml_table(args.name, table))
    print(f"profile {args.name!r} written to {path}; use it with --profile {args.name}", file=sys.stderr)
    return EXIT_OK


def _keyring() -> Any:
    try:
        return importlib.import_module("keyring")  # optional: typed or not, read as Any
    except ImportError:
        raise UsageError("--keyring needs the keyring package (pip install keyring)") from None


def _typed_credentials(args: argparse.Namespace) -> Credentials:
    """The secret for ``--keyring``, asked on the terminal (never echoed) or read from stdin."""
    import getpass

    from ..audit.profiles import Credentials

    _keyring()  # before asking: no point typing a secret that cannot be kept
    what = "password" if args.username else "API key"
    if sys.stdin is None:  # started with stdin closed (`<&-`)
        secret = ""
    elif sys.stdin.isatty():
        secret = getpass.getpass(f"{what} for profile {args.name!r}: ")
    else:
        secret = sys.stdin.readline().strip()
    if not secret:
        raise UsageError(f"--keyring: no {what} given")
    if args.username:
        return Credentials(username=args.username, password=secret)
    return Credentials(api_key=secret)


def _store(profile: str, credentials: Credentials) -> None:
    from ..audit.profiles import KEYRING_SERVICE, keyring_entry

    what, secret = (
        ("api_key", credentials.api_key) if credentials.api_key else ("password", credentials.password)
    )
    _keyring().set_password(KEYRING_SERVICE, keyring_entry(profile, what), secret)


def _check(url: str | list[str], credentials: Credentials, args: argparse.Namespace) -> int:
    """One authenticated request (the current account): the installation answers and accepts us."""
    from .connection import Target, open_client

    target = Target(None, url, credentials, args.ca_file, args.insecure)

    async def check() -> None:
        async with open_client(target) as client:
            await client.accounts.get_current_account()

    try:
        asyncio.run(check())
    except Exception as error:
        print(f"ece-async init: not written, the check failed: {describe(error)}", file=sys.stderr)
        return exit_code(error)
    return EXIT_OK


def _append(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    separator = "\n" if before and not before.endswith("\n\n") else ""
    if before and not before.endswith("\n"):
        separator = "\n\n"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(separator + text)
