"""What a client is configured with, stated once: the frozen :class:`Settings` record.

``ECEClient`` builds one from its keyword arguments and hands it to the transport, which
takes its limits, timeouts, TLS and user agent from it; every setting is checked here,
where it is given, as one :class:`~ece_async.errors.ConfigurationError` naming the
parameter (see :mod:`ece_async._settings` for the checks themselves).  The collaborators a
client is given (credentials, a session, hooks) are not settings: the transport takes them
beside the record.
"""

from __future__ import annotations

import ssl
import warnings
from collections.abc import Mapping, Sequence
from os import PathLike, fspath
from typing import TYPE_CHECKING, Any

import aiohttp
import attrs
from yarl import URL

from . import __version__
from ._record import Record
from ._settings import count, header_setting, instance, number, optional_number
from ._wire import DEFAULT_MAX_RESPONSE_BYTES
from .clock import Clock, SystemClock
from .errors import ConfigurationError
from .retry import RetryPolicy

if TYPE_CHECKING:
    from .hooks import HookRunner, Hooks

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_TIMEOUT",
    "InsecureTLSWarning",
    "Settings",
    "Timeout",
    "check_collaborators",
    "hook_runner",
    "normalize_base_url",
    "normalize_base_urls",
    "ssl_option",
    "timeout_option",
]

_API_ROOT = "/api/v1"
#: Requests in flight at once for a whole client, unless told otherwise.
DEFAULT_MAX_CONCURRENCY = 32


class InsecureTLSWarning(UserWarning):
    """TLS certificate verification was turned off (``verify_ssl=False``)."""


@attrs.frozen
class Timeout(Record):
    """Per-attempt timeouts in seconds (``None``: unbounded).

    ``total`` bounds one attempt from start to the last body byte, ``connect``
    establishing the TCP/TLS connection, ``read`` the gap between two reads.
    The retry policy's ``deadline`` bounds all attempts together.
    """

    total: float | None = 60.0
    connect: float | None = 10.0
    read: float | None = None

    def __attrs_post_init__(self) -> None:
        # Zero, NaN or a string here would only fail (or never time out) inside aiohttp, later.
        for field in ("total", "connect", "read"):
            optional_number(f"Timeout.{field}", getattr(self, field))

    def to_aiohttp(self) -> aiohttp.ClientTimeout:
        return aiohttp.ClientTimeout(total=self.total, sock_connect=self.connect, sock_read=self.read)


#: The default per-attempt timeouts.
DEFAULT_TIMEOUT = Timeout()


def timeout_option(name: str, value: object, base: Timeout) -> Timeout:
    """``value`` as a :class:`Timeout`; a number of seconds is the total (the other bounds from ``base``)."""
    if isinstance(value, Timeout):
        return value
    if not isinstance(value, (int, float)):
        raise ConfigurationError(
            f"{name} must be a Timeout or a number of seconds, not {type(value).__name__}"
        )
    return Timeout(total=number(name, value), connect=base.connect, read=base.read)


def normalize_base_url(base_url: str | URL) -> str:
    """The API root for ``base_url``, given with or without ``/api/v1`` and trailing slash."""
    if not isinstance(base_url, (str, URL)):
        raise ConfigurationError(f"base_url must be a str or yarl.URL, not {type(base_url).__name__}")
    try:
        url = URL(base_url) if isinstance(base_url, str) else base_url
    except (TypeError, ValueError):
        url = None
    if url is None or not url.is_absolute() or url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("base_url must be an absolute http(s) URL, e.g. https://ece.example:12443")
    if url.user is not None or url.password is not None:
        raise ConfigurationError(
            "do not put credentials in base_url: pass api_key=, token= or username=/password="
        )
    if url.query_string or url.fragment:
        raise ConfigurationError("base_url must not have a query or fragment")
    path = url.raw_path.rstrip("/")
    if not path.endswith(_API_ROOT):
        path += _API_ROOT
    return str(url.with_path(path, encoded=True).with_query(None))


def normalize_base_urls(base_url: str | URL | Sequence[str | URL]) -> tuple[str, ...]:
    """The API roots of one or several coordinators (duplicates removed, order kept)."""
    given: Sequence[str | URL] = (base_url,) if isinstance(base_url, (str, URL)) else base_url
    if isinstance(given, (bytes, bytearray)) or not isinstance(given, Sequence):
        raise ConfigurationError(
            f"base_url must be a URL or a sequence of URLs, not {type(base_url).__name__}"
        )
    roots = tuple(dict.fromkeys(normalize_base_url(url) for url in given))
    if not roots:
        raise ConfigurationError("base_url: give at least one coordinator URL")
    return roots


def ssl_option(
    verify_ssl: bool, ca_file: str | PathLike[str] | None, ssl_context: ssl.SSLContext | None
) -> ssl.SSLContext | bool:
    """What to hand aiohttp for TLS: verification stays on unless explicitly turned off."""
    instance("verify_ssl", verify_ssl, bool, "a bool")
    if ca_file is not None:
        instance("ca_file", ca_file, (str, PathLike), "a path (str or os.PathLike)")
        ca_file = fspath(ca_file)
    if ssl_context is not None:
        instance("ssl_context", ssl_context, ssl.SSLContext, "an ssl.SSLContext")
    if ssl_context is not None and ca_file is not None:
        raise ConfigurationError("pass either ca_file or ssl_context, not both")
    if not verify_ssl:
        if ssl_context is not None or ca_file is not None:
            raise ConfigurationError("verify_ssl=False contradicts ca_file/ssl_context")
        warnings.warn(
            "ece_async: TLS certificate verification is disabled (verify_ssl=False); "
            "prefer ca_file= with the installation's CA",
            InsecureTLSWarning,
            stacklevel=3,
        )
        return False
    if ssl_context is not None:
        return ssl_context
    if ca_file is not None:
        try:
            return ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(f"cannot load ca_file {ca_file!r}: {exc}") from exc
    return True


def default_user_agent() -> str:
    """``ece-async/<version> aiohttp/<version>``: this package's release and the aiohttp it runs on."""
    return f"ece-async/{__version__} aiohttp/{aiohttp.__version__}"


def _timeout(value: object) -> Timeout:
    return timeout_option("timeout", value, DEFAULT_TIMEOUT)


def _check_tls(instance_: object, attribute: Any, value: object) -> None:
    instance("tls", value, (ssl.SSLContext, bool), "an ssl.SSLContext or a bool")


def _check_count(instance_: object, attribute: Any, value: object) -> None:
    count(attribute.name, value)


def _check_rate(instance_: object, attribute: Any, value: object) -> None:
    optional_number("rate_limit", value)


def _check_burst(instance_: object, attribute: Any, value: object) -> None:
    number("rate_burst", value, minimum=1, inclusive=True)


def _check_groups(instance_: object, attribute: Any, value: Mapping[str, int] | None) -> None:
    if value is not None:
        _check_group_limits(value)


def _retry(value: RetryPolicy | None) -> RetryPolicy:
    if value is None:
        return RetryPolicy()
    instance("retry", value, RetryPolicy, "a RetryPolicy")
    return value


def _user_agent(value: str | None) -> str:
    if value is None:
        return default_user_agent()
    instance("user_agent", value, str, "a str")
    header_setting("user_agent", value)
    return value


def _check_bool(instance_: object, attribute: Any, value: object) -> None:
    instance(attribute.name, value, bool, "a bool")


def _clock(value: Clock | None) -> Clock:
    if value is None:
        return SystemClock()
    instance("clock", value, Clock, "an ece_async.Clock")
    return value


@attrs.frozen(repr=False)
class Settings(Record):
    """A client's configuration, normalised and checked once (see :class:`~ece_async.ECEClient`
    for what each setting means).  ``base_url`` becomes the tuple of API roots ``base_urls``."""

    base_urls: tuple[str, ...] = attrs.field(converter=normalize_base_urls)
    tls: ssl.SSLContext | bool = attrs.field(default=True, validator=_check_tls)
    timeout: Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=_timeout)
    max_concurrency: int = attrs.field(default=DEFAULT_MAX_CONCURRENCY, validator=_check_count)
    rate_limit: float | None = attrs.field(default=None, validator=_check_rate)
    rate_burst: float = attrs.field(default=1.0, validator=_check_burst)
    group_limits: Mapping[str, int] | None = attrs.field(default=None, validator=_check_groups)
    retry: RetryPolicy = attrs.field(default=None, converter=_retry)
    user_agent: str = attrs.field(default=None, converter=_user_agent)
    trust_env: bool = attrs.field(default=False, validator=_check_bool)
    clock: Clock = attrs.field(default=None, converter=_clock)
    max_response_bytes: int = attrs.field(default=DEFAULT_MAX_RESPONSE_BYTES, validator=_check_count)

    def __repr__(self) -> str:
        # Robust on a half-built record (a check raised): tracebacks with locals call it.
        fields = ", ".join(
            f"{field.name}={getattr(self, field.name)!r}"
            for field in attrs.fields(Settings)
            if hasattr(self, field.name)
        )
        return f"Settings({fields})"


def _check_group_limits(group_limits: Mapping[str, int]) -> None:
    instance("group_limits", group_limits, Mapping, "a mapping of tag or operationId prefix to an int")
    for name, limit in group_limits.items():
        instance("group_limits keys", name, str, "str (a tag or an operationId prefix)")
        count(f"group_limits[{name!r}]", limit)


def check_collaborators(settings: object, auth: object, session: object) -> None:
    """Refuse a transport's settings record, credentials or session of the wrong type."""
    from .auth import Auth

    instance("settings", settings, Settings, "an ece_async._config.Settings")
    if auth is not None:
        instance("auth", auth, Auth, "an ece_async.auth.Auth")
    if session is not None:
        instance("session", session, aiohttp.ClientSession, "an aiohttp.ClientSession")


def hook_runner(hooks: Hooks | Sequence[Hooks] | None) -> HookRunner | None:
    """The runner of ``hooks``; ``None`` when nobody listens (then :mod:`.hooks` is never imported)."""
    is_sequence = isinstance(hooks, Sequence) and not isinstance(hooks, (str, bytes))
    if hooks is None or (is_sequence and not hooks):
        return None
    from .hooks import HookRunner, Hooks

    given = (hooks,) if isinstance(hooks, Hooks) else hooks
    if not (isinstance(hooks, Hooks) or is_sequence) or not all(isinstance(h, Hooks) for h in given):
        raise ConfigurationError(f"hooks must be a Hooks or a sequence of them, not {type(hooks).__name__}")
    runner = HookRunner(hooks)
    return runner if runner.active else None
