"""``ECEClient``: every operation of the ECE spec, typed, as ``ece.<tag>.<operation>``.

The operations themselves are generated (see :mod:`ece_async._generated`);
this class only chooses the transport they run on and owns its lifecycle::

    async with ECEClient("https://ece.example:12443", api_key="...") as ece:
        dep = await ece.deployments.get_deployment(deployment_id="abc")
        found = await ece.deployments.search_deployments(body=SearchRequest(...))
        resp = await ece.deployments.get_deployment_detailed(deployment_id="abc")
        resp.resource_version  # for optimistic locking
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from os import PathLike
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, overload

import aiohttp
from yarl import URL

from ._config import DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT, Settings, Timeout, ssl_option
from ._generated import UNSET, ApiNamespaces, Response
from ._settings import instance
from ._wire import DEFAULT_MAX_RESPONSE_BYTES
from .auth import ApiKeyAuth, Auth, BearerTokenAuth, PasswordAuth
from .clock import Clock
from .errors import ClientClosedError, ConfigurationError
from .retry import RetryPolicy
from .transport import ECETransport

if TYPE_CHECKING:
    from .hooks import Hooks
    from .streaming import ReducerFactory

__all__ = ["DEFAULT_MAX_CONCURRENCY", "ECEClient"]

C = TypeVar("C", bound="ECEClient")
T = TypeVar("T")


def _select_auth(
    api_key: str | None, token: str | None, username: str | None, password: str | None, auth: Auth | None
) -> Auth | None:
    for name, value in (
        ("api_key", api_key),
        ("token", token),
        ("username", username),
        ("password", password),
    ):
        if value is not None:
            instance(name, value, str, "a str")
    given = [
        name for name, value in (("api_key", api_key), ("token", token), ("auth", auth)) if value is not None
    ]
    if username is not None or password is not None:
        if username is None or password is None:
            raise ConfigurationError("username and password go together")
        given.append("username/password")
    if len(given) > 1:
        raise ConfigurationError(f"pass one way to authenticate, not {' and '.join(given)}")
    if auth is not None:
        return auth
    if api_key is not None:
        return ApiKeyAuth(api_key)
    if token is not None:
        return BearerTokenAuth(token)
    if username is not None and password is not None:
        return PasswordAuth(username, password)
    return None


class ECEClient(ApiNamespaces):
    """An asyncio client for one ECE installation.

    Args:
        base_url: the coordinator, e.g. ``https://ece.example:12443`` (``/api/v1`` and a
            trailing slash are optional), or a list of several coordinators of the installation
            (``["https://c1:12443", "https://c2:12443"]``): requests then spread over the ones
            that answer, and one that fails to connect or times out is avoided for a while
            (see :mod:`ece_async.coordinators`).
        api_key / token / username+password / auth: how to authenticate (at most one;
            see :mod:`ece_async.auth`).
        session: an existing :class:`aiohttp.ClientSession` to use; the client never closes it.
            Otherwise the client creates its own, lazily, inside the running loop.
        timeout: per-attempt timeouts (a number means the total, in seconds).
        verify_ssl / ca_file / ssl_context: TLS verification is on by default; ECE installations
            usually have a private CA, so pass its PEM file as ``ca_file``.  ``verify_ssl=False``
            works but warns (:class:`~ece_async.transport.InsecureTLSWarning`).
        max_concurrency: requests in flight at once, for the whole client (the connection pool
            is sized to it).
        rate_limit / rate_burst: optional requests per second (and burst) for the whole client.
        group_limits: tighter in-flight bounds per tag or operationId prefix, e.g.
            ``{"billing_costs_analysis": 2}``.
        retry: the :class:`~ece_async.retry.RetryPolicy` (``mode="adaptive"`` to slow the client
            down while 429s keep coming).
        hooks: :class:`~ece_async.hooks.Hooks` (or several) for metrics and tracing.
        trust_env: send each coordinator's requests through the proxy ``HTTPS_PROXY`` or
            ``HTTP_PROXY`` names for its scheme (either case), unless ``NO_PROXY`` lists its host;
            read once, when the client is made.  The proxy's credentials come only from its URL's
            ``user:password@`` (sent as ``Proxy-Authorization``, masked in errors).  Nothing else is
            read: not ``~/.netrc``/``$NETRC`` (aiohttp's ``trust_env`` adds its credentials to every
            request), not ``ALL_PROXY``; an ``https://`` proxy URL is ignored with a warning
            (logger ``ece_async``), as aiohttp does.
            A caller's ``session`` keeps its own settings: this then changes nothing.
        clock: where time, sleeps and jitter come from (an :class:`~ece_async.clock.Clock`; real
            time by default); a simulator's ``sim.clock`` puts the client on its timeline.
        max_response_bytes: the largest successful response body accepted, decompressed
            (default 64 MiB); a larger one raises :class:`~ece_async.errors.ResponseTooLargeError`.
    """

    def __init__(
        self,
        base_url: str | URL | Sequence[str | URL],
        *,
        api_key: str | None = None,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        auth: Auth | None = None,
        session: aiohttp.ClientSession | None = None,
        timeout: Timeout | float = DEFAULT_TIMEOUT,
        verify_ssl: bool = True,
        ca_file: str | PathLike[str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        rate_limit: float | None = None,
        rate_burst: float = 1.0,
        group_limits: Mapping[str, int] | None = None,
        retry: RetryPolicy | None = None,
        hooks: Hooks | Sequence[Hooks] | None = None,
        user_agent: str | None = None,
        trust_env: bool = False,
        clock: Clock | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        chosen = _select_auth(api_key, token, username, password, auth)
        settings = Settings(
            base_url,
            tls=ssl_option(verify_ssl, ca_file, ssl_context),
            timeout=timeout,
            max_concurrency=max_concurrency,
            rate_limit=rate_limit,
            rate_burst=rate_burst,
            group_limits=group_limits,
            retry=retry,
            user_agent=user_agent,
            trust_env=trust_env,
            clock=clock,
            max_response_bytes=max_response_bytes,
        )
        transport = ECETransport(settings, auth=chosen, session=session, hooks=hooks)
        super().__init__(transport)
        self._transport = transport

    # -- lifecycle -----------------------------------------------------------------------------

    async def __aenter__(self: C) -> C:
        if self._transport.closed:
            raise ClientClosedError("this ECE client is closed; create a new one")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Release connections (unless the session was handed in); later calls raise ClientClosedError."""
        await self._transport.close()

    @property
    def closed(self) -> bool:
        return self._transport.closed

    @property
    def base_url(self) -> str:
        """The API root requests go to (``https://host:12443/api/v1``); the first coordinator's."""
        return self._transport.base_url

    @property
    def base_urls(self) -> tuple[str, ...]:
        """The API roots of every coordinator the client uses."""
        return self._transport.base_urls

    @property
    def transport(self) -> ECETransport:
        """The transport the operations run on (limits, retries, auth)."""
        return self._transport

    # -- per-call options and raw requests ------------------------------------------------------

    def options(
        self, *, retry: RetryPolicy | None = None, timeout: Timeout | float | None = None
    ) -> AbstractContextManager[None]:
        """Override retries and/or timeouts for the calls made inside the ``with`` block.

        ::

            with ece.options(retry=NO_RETRY, timeout=5):
                await ece.deployments.get_deployment(deployment_id="abc")

        Backed by a context variable: it applies to this client's calls in the current task and
        in tasks started inside the block, and nests (inner values win).
        """
        return self._transport.options(retry=retry, timeout=timeout)

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        reduce: None = None,
    ) -> Any: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        reduce: ReducerFactory[T],
    ) -> T: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        reduce: ReducerFactory[Any] | None = None,
    ) -> Any:
        """Call an endpoint the spec lacks; returns the decoded body (JSON value, text or ``None``).

        ``path`` is relative to ``/api/v1`` (a leading ``/api/v1`` is accepted too); ``params``
        values are sent the way ECE expects (``True`` -> ``true``, ``None`` omitted, lists
        repeated).  Limits, auth, retries (by the method's idempotency) and errors apply as
        for generated operations.

        ``reduce``: for a body too large to hold whole, a factory of
        :class:`~ece_async.streaming.BodyReducer`; a successful JSON body is fed to a fresh
        one (per attempt) as it arrives, never held, and the call returns its ``result()``.
        """
        return (
            await self._transport.request(
                method,
                path,
                params=params,
                json=UNSET if json is None else json,
                headers=headers,
                content=content,
                content_type=content_type,
                reduce=reduce,
            )
        ).parsed

    @overload
    async def request_detailed(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        reduce: None = None,
    ) -> Response[Any]: ...

    @overload
    async def request_detailed(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        reduce: ReducerFactory[T],
    ) -> Response[T]: ...

    async def request_detailed(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        reduce: ReducerFactory[Any] | None = None,
    ) -> Response[Any]:
        """Like :meth:`request`, returning status and headers too."""
        return await self._transport.request(
            method,
            path,
            params=params,
            json=UNSET if json is None else json,
            headers=headers,
            content=content,
            content_type=content_type,
            reduce=reduce,
        )

    def __repr__(self) -> str:
        # Robust on a half-built client (its constructor raised): debuggers and tracebacks call it.
        transport = self.__dict__.get("_transport")
        if transport is None:
            return "ECEClient(<not constructed>)"
        urls = transport.base_urls
        where = repr(urls[0]) if len(urls) == 1 else repr(list(urls))
        state = "closed" if transport.closed else "open"
        return f"ECEClient({where}, auth={transport._auth!r}, {state})"
