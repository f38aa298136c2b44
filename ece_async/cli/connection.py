"""Where every command connects: the connection flags, profiles, and the client built from them.

One set of flags for every command (``audit``, the generated operations, the
hand-picked ones): ``--profile NAME`` from the config file (``--config``, else
``$ECE_ASYNC_CONFIG``, else the user config directory), else flags, else the
environment (``ECE_URL``, ``ECE_API_KEY``, ``ECE_USERNAME``, ``ECE_PASSWORD``,
``ECE_CA_FILE``).  Flags override a profile; a profile overrides ``ECE_*``.
Every problem is a :class:`~ece_async.cli.UsageError` (exit 2) that names the
flag, variable or profile key, never the secret.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import UsageError

if TYPE_CHECKING:
    from ..audit.profiles import Credentials, Profile
    from ..client import ECEClient

#: The one line ``--insecure`` prints on stderr (instead of a Python warning naming Python arguments).
INSECURE_NOTICE = "ece-async: TLS certificate verification is off (--insecure); prefer --ca-file"


def add_connection_flags(parser: argparse.ArgumentParser, *, all_profiles: bool = False) -> None:
    """The connection flags every command takes (``all_profiles``: also ``--all-profiles``)."""
    conn = parser.add_argument_group("connection (flags override a profile; a profile overrides ECE_*)")
    conn.add_argument("--profile", metavar="NAME", help="installation from the config file (see --config)")
    if all_profiles:
        conn.add_argument(
            "--all-profiles", action="store_true", help="every profile of the config file, concurrently"
        )
    conn.add_argument(
        "--config", metavar="FILE", help="profiles file (default: $ECE_ASYNC_CONFIG, else user config dir)"
    )
    conn.add_argument("--url", help="coordinator URL, e.g. https://ece:12443 (or ECE_URL)")
    conn.add_argument("--api-key", help="API key (prefer ECE_API_KEY or a profile: flags show up in ps)")
    conn.add_argument("--username", help="user for password login (or ECE_USERNAME)")
    conn.add_argument("--password", help="password (prefer ECE_PASSWORD or a profile)")
    conn.add_argument("--ca-file", help="CA bundle of the installation (or ECE_CA_FILE)")
    conn.add_argument(
        "--insecure",
        action="store_true",
        help="skip TLS verification (never in production)",
    )


@dataclass(frozen=True)
class Target:
    """One installation to connect to; ``name`` is set for ``--all-profiles`` (the INSTALLATION column)."""

    name: str | None
    url: str | list[str]
    credentials: Credentials
    ca_file: str | None = None
    insecure: bool = False


def check_url(url: str, source: str) -> str:
    """``url`` if it is an http(s) URL with a host and nothing else the client would have to ignore.

    Credentials in it would be shown wherever the URL is (``--dry-run``, errors, a profile file);
    a query or fragment would end up in the middle of every request's URL.
    """
    from urllib.parse import urlsplit

    from ..audit.profiles import check_url as check_http_url

    check_http_url(url, source)
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        raise UsageError(f"{source}: no credentials in the URL: use --api-key or --username/--password")
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise UsageError(f"{source}: no query or fragment in the URL of the installation")
    return url


def check_ca_file(path: str | None, source: str) -> str | None:
    """``path`` if it names a file; else a usage error naming where it came from."""
    if path is not None and not Path(path).expanduser().is_file():
        raise UsageError(f"{source} {path}: no such file")
    return path


def _from_profile(
    profile: Profile, environ: Mapping[str, str], *, label: bool, args: argparse.Namespace | None = None
) -> Target:
    """The profile's target with the connection flags in ``args`` (if any) applied over it."""
    ca_file, ca_source = profile.ca_file, f"profile {profile.name!r} ca_file"
    if args is not None and args.ca_file:
        ca_file, ca_source = args.ca_file, "--ca-file"
    return Target(
        name=profile.name if label else None,
        url=check_url(args.url, "--url") if args is not None and args.url else profile.client_url,
        credentials=_credentials(profile, environ, args),
        ca_file=check_ca_file(ca_file, ca_source),
        insecure=profile.insecure or bool(args is not None and args.insecure),
    )


def _credentials(
    profile: Profile, environ: Mapping[str, str], args: argparse.Namespace | None
) -> Credentials:
    """Flags replace the profile's credentials (as without a profile, ``--api-key`` wins).

    The profile's secret is read only when a flag does not replace it, so a profile whose
    variable is unset still works with ``--api-key``.
    """
    from ..audit.profiles import Credentials

    if args is None or not (args.api_key or args.username or args.password):
        return profile.credentials(environ)
    if args.api_key:
        return Credentials(api_key=args.api_key)
    if profile.username is None and not (args.username and args.password):
        raise UsageError(f"profile {profile.name!r} uses an API key: give --username and --password together")
    if args.password:
        return Credentials(username=args.username or profile.username, password=args.password)
    return profile.credentials(environ).replace(username=args.username)


def _from_flags(args: argparse.Namespace, environ: Mapping[str, str]) -> Target:
    from ..audit.profiles import Credentials
    from ..audit.profiles import check_url as check_http_url

    url, source = (args.url, "--url") if args.url else (environ.get("ECE_URL"), "ECE_URL")
    if not url:
        raise UsageError("no URL: pass --url, set ECE_URL, or use --profile NAME")
    check_http_url(url, source)
    api_key = args.api_key or environ.get("ECE_API_KEY")
    username = args.username or environ.get("ECE_USERNAME")
    password = args.password or environ.get("ECE_PASSWORD")
    if api_key:
        credentials = Credentials(api_key=api_key)
    elif username and password:
        credentials = Credentials(username=username, password=password)
    else:
        raise UsageError("no credentials: set ECE_API_KEY, or ECE_USERNAME and ECE_PASSWORD (or the flags)")
    ca_file, ca_source = (
        (args.ca_file, "--ca-file") if args.ca_file else (environ.get("ECE_CA_FILE"), "ECE_CA_FILE")
    )
    ca_file = check_ca_file(ca_file, ca_source)
    return Target(None, check_url(url, source), credentials, ca_file, args.insecure)


#: The connection flags, by attribute: each overrides a profile and none applies to --all-profiles.
_CONNECTION_FLAGS = {
    "url": "--url",
    "api_key": "--api-key",
    "username": "--username",
    "password": "--password",
    "ca_file": "--ca-file",
    "insecure": "--insecure",
}


def _refuse_connection_flags(args: argparse.Namespace) -> None:
    """One installation's settings cannot apply to every profile: refused, never silently ignored."""
    for attribute, flag in _CONNECTION_FLAGS.items():
        if getattr(args, attribute):
            raise UsageError(f"{flag} does not apply to --all-profiles (each profile has its own)")


def resolve_targets(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> list[Target]:
    """The installations the flags name (several only for ``--all-profiles``); problems are UsageErrors."""
    from ..audit.profiles import ProfileError, config_path, load_profiles

    environ = os.environ if environ is None else environ
    every = bool(getattr(args, "all_profiles", False))
    try:
        if args.profile or every:
            if args.profile and every:
                raise UsageError("--profile and --all-profiles exclude each other")
            path = Path(args.config) if args.config else config_path(environ)
            profiles = load_profiles(path)
            if every:
                _refuse_connection_flags(args)
                return [_from_profile(p, environ, label=True) for p in profiles.values()]
            if args.profile not in profiles:
                raise UsageError(
                    f"--profile {args.profile}: no such profile in {path} ({', '.join(profiles)})"
                )
            return [_from_profile(profiles[args.profile], environ, label=False, args=args)]
        if args.config:
            raise UsageError("--config only applies with --profile NAME")
        return [_from_flags(args, environ)]
    except ProfileError as exc:
        raise UsageError(str(exc)) from None


def resolve_target(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> Target:
    """The one installation a command (other than ``--all-profiles``) talks to."""
    (target,) = resolve_targets(args, environ)
    return target


def open_client(target: Target, **options: Any) -> ECEClient:
    """The client for ``target`` (``options`` go to :class:`ECEClient`), proxies from the environment.

    ``--insecure`` prints :data:`INSECURE_NOTICE` once on stderr instead of the library's
    Python warning: a command line user has no ``verify_ssl=`` to change.
    """
    from ..client import ECEClient
    from ..transport import InsecureTLSWarning

    if target.insecure:
        print(INSECURE_NOTICE, file=sys.stderr)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", InsecureTLSWarning)
            return ECEClient(
                target.url,
                api_key=target.credentials.api_key,
                username=target.credentials.username,
                password=target.credentials.password,
                verify_ssl=not target.insecure,
                ca_file=target.ca_file,
                trust_env=True,
                **options,
            )
    except ValueError as exc:  # anything the checks above missed; never echoes credentials
        where = f"profile {target.name!r}" if target.name else "connection settings"
        raise UsageError(f"{where}: {exc}") from None
