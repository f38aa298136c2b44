"""The wire behind the transport: one aiohttp session and what one attempt puts on it.

Like elastic-transport's ``_node/_http_aiohttp.py``, the node knows aiohttp and nothing
of retries, credentials renewal, coordinators or limits: it opens and closes the session,
holds the headers every request carries, sends one request and reads its body under a
bound.  Library exceptions pass through untyped: the transport types and scrubs them,
knowing the call.  It is the seam a test transport would replace.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import aiohttp
import orjson
from yarl import URL

from ._generated import UNSET, File, Request, header_problem
from ._wire import ERROR_BODY_LIMIT, Streamed, feed_bounded, fits, is_json, non_finite, read_bounded
from .errors import ClientClosedError, ConfigurationError, RequestEncodeError, detach
from .redact import Redactor

if TYPE_CHECKING:
    from .coordinators import Visit
    from .streaming import ReducerFactory

logger = logging.getLogger("ece_async")

__all__ = ["DIRECT", "AiohttpNode", "EnvProxy", "HeaderDicts", "check_headers", "env_proxies", "request_body"]


def request_body(request: Request) -> tuple[Any, tuple[tuple[str, str], ...]]:
    """How a Request's body goes on the wire: aiohttp ``data`` and the headers it needs.

    Called once per attempt: a multipart form is consumed by sending it.
    """
    if request.json is not UNSET:
        try:
            data = orjson.dumps(request.json)
        except TypeError as exc:
            message = f"{request.operation_id}: the body is not JSON-serialisable: {exc}"
        else:
            # orjson writes NaN and infinities as null: only a body with a null can hold one.
            found = non_finite(request.json) if b"null" in data else None
            if found is None:
                return data, (("Content-Type", "application/json"),)
            message = (
                f"{request.operation_id}: the body holds {found[1]} at {found[0]}, which JSON cannot carry"
            )
        raise detach(RequestEncodeError(message), None)
    if request.files:
        form = aiohttp.FormData()
        for name, file in request.files:
            _check_part(request.operation_id, file)
            form.add_field(name, file.payload, filename=file.file_name, content_type=file.mime_type)
        return form, ()
    if request.content is not None:
        if not request.content_type:
            return request.content, ()
        content_type = (("Content-Type", request.content_type),)
        check_headers(request.operation_id, content_type)
        return request.content, content_type
    return None, ()


def _check_part(operation_id: str, file: File) -> None:
    """A multipart part's file name and type go into its headers: no line breaks there either."""
    for header, value in (("Content-Disposition", file.file_name), ("Content-Type", file.mime_type)):
        if value is not None:
            check_headers(operation_id, ((header, value),))


def check_headers(operation_id: str, headers: Sequence[tuple[str, str]]) -> None:
    """Refuse header names and values that cannot go on the wire (the runtime's ``header_problem``)."""
    for name, value in headers:
        if not isinstance(name, str) or not isinstance(value, str):
            raise RequestEncodeError(
                f"{operation_id}: header {name!r} must be a str, not {type(value).__name__}"
            )
        problem = header_problem(name, value)
        if problem is not None:
            raise RequestEncodeError(f"{operation_id}: header {name!r}: {problem}")


class HeaderDicts:
    """The header dicts attempts reuse, built once (or once per token).

    They hold the ``Authorization`` value, so they live here, where no repr shows them:
    ``repr(vars(transport))`` lands in logs and debuggers.
    """

    __slots__ = ("auth_headers", "auth_value", "per_request", "static")

    def __init__(self, user_agent: str, static_auth: str | None, *, per_request: bool) -> None:
        #: Headers every request carries.  With our own session they are the session's defaults
        #: (aiohttp merges those in C); with a caller's session, or through a proxy, they go with
        #: each request: aiohttp sends a default ``Authorization`` to a proxy as its
        #: ``Proxy-Authorization`` (in a CONNECT's clear text to an ``https`` coordinator).
        self.static: dict[str, str] = {"Accept": "application/json", "User-Agent": user_agent}
        if static_auth is not None:
            self.static["Authorization"] = static_auth
        self.per_request: dict[str, str] | None = dict(self.static) if per_request else None
        #: The dict for the current (token) Authorization value, rebuilt only when that changes.
        self.auth_value: str | None = None
        self.auth_headers: dict[str, str] = {}

    def for_attempt(
        self, authorization: str | None, renewable: bool, extra: tuple[tuple[str, str], ...]
    ) -> dict[str, str] | None:
        """The headers of one attempt (``None``: the session's defaults are all).

        ``renewable``: ``authorization`` is the client's current token, whose dict is kept;
        otherwise (login, refresh) it goes into a dict of its own.
        """
        headers = self.per_request
        if authorization is not None:
            if not renewable:
                headers = {**(headers or {}), "Authorization": authorization}
            elif authorization is self.auth_value:
                headers = self.auth_headers
            else:
                headers = self._with_authorization(authorization)
        if extra:
            headers = {**headers, **dict(extra)} if headers else dict(extra)
        return headers

    def _with_authorization(self, value: str) -> dict[str, str]:
        headers = dict(self.per_request) if self.per_request else {}
        headers["Authorization"] = value
        self.auth_value = value
        self.auth_headers = headers
        return headers

    def __repr__(self) -> str:
        return f"<request headers {sorted(self.static)}, values not shown>"


class EnvProxy(NamedTuple):
    """The proxy the environment names for one coordinator (its URL without credentials) and
    the headers for it, with the ``Basic`` credentials of the URL's ``user:password@`` made once."""

    url: URL | None
    headers: dict[str, str] | None
    #: The ``user:password`` the header encodes, for the redactor.
    credentials: str | None = None

    def __repr__(self) -> str:
        credentials = ", with credentials" if self.credentials is not None else ""
        return f"<proxy {self.url}{credentials}>" if self.url is not None else "<no proxy>"


#: No proxy: the request goes straight to the coordinator.
DIRECT = EnvProxy(None, None)


def env_proxies(bases: Sequence[str]) -> dict[str, EnvProxy]:
    """The proxy of each coordinator that has one, read from the environment once.

    Only ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY`` (any case): aiohttp's own ``trust_env``
    also reads ``~/.netrc`` on every request, in a thread, and adds its ``Basic`` credentials
    for the host to requests without ``auth=``: a clash with our ``Authorization`` header (a
    ``ValueError`` on every call), or a login carrying credentials nobody asked it to send.
    An ``https://`` proxy is not used (aiohttp reaches proxies in plain HTTP): said once in a
    warning, as aiohttp's ``trust_env`` does, or traffic that must go through it would go
    direct without a word.
    """
    named = {base: env_proxy_url(base) for base in bases}
    ignored = {url.with_user(None) for url in named.values() if url is not None and url.scheme == "https"}
    for url in sorted(ignored, key=str):
        logger.warning(
            "ece_async: the https:// proxy %s named in the environment (HTTPS_PROXY/HTTP_PROXY) "
            "is ignored: only http:// proxies are supported; its coordinators are reached directly",
            url,
        )
    return {
        base: env_proxy(url, URL(base).scheme)
        for base, url in named.items()
        if url is not None and url.scheme != "https"
    }


def env_proxy_url(base: str) -> URL | None:
    """The proxy URL the environment names for ``base``, as aiohttp's ``trust_env`` picks it:
    by the URL's scheme, none for a host ``NO_PROXY`` lists."""
    url = URL(base)
    if url.host is None or urllib.request.proxy_bypass(url.host):
        return None
    named = urllib.request.getproxies().get(url.scheme)
    return URL(named) if named else None


def env_proxy(proxy: URL, scheme: str) -> EnvProxy:
    """The proxy at ``proxy`` (an ``http://`` URL, for coordinators of ``scheme``), with no
    credentials but the URL's own."""
    if proxy.raw_user is None and proxy.raw_password is None:
        return EnvProxy(proxy, None)
    user, password = proxy.user or "", proxy.password or ""
    if ":" in user:
        message = f"the {scheme} proxy URL in the environment has a ':' in its user name"
        raise detach(ConfigurationError(message), None)
    # As ``Authorization`` among the proxy headers: aiohttp moves it to ``Proxy-Authorization``
    # of the request itself (``http``) or of the CONNECT (``https``), as it does with the
    # deprecated ``proxy_auth=``; a ``Proxy-Authorization`` given here never leaves for ``http``.
    header = aiohttp.encode_basic_auth(user, password)
    return EnvProxy(proxy.with_user(None), {"Authorization": header}, f"{user}:{password}")


def proxy_secrets(proxies: Mapping[str, EnvProxy]) -> Iterator[tuple[str, str]]:
    """Redactor slots for the proxies' credentials: the password, and ``user:password`` (which
    ``Proxy-Authorization`` carries in base64, and a proxy's error page may echo)."""
    for base, proxy in proxies.items():
        if proxy.credentials is not None:
            yield f"proxy password of {base}", proxy.credentials.partition(":")[2]
            yield f"proxy credentials of {base}", proxy.credentials


class AiohttpNode:
    """One aiohttp session (ours, made lazily inside the running loop, or the caller's)."""

    __slots__ = (
        "_connections",
        "_external",
        "_loop",
        "_max_response_bytes",
        "_proxies",
        "_request_ssl",
        "_timeout",
        "headers",
        "session",
        "ssl",
    )

    def __init__(
        self,
        *,
        session: aiohttp.ClientSession | None,
        tls: ssl.SSLContext | bool,
        timeout: aiohttp.ClientTimeout,
        max_response_bytes: int,
        headers: HeaderDicts,
        connections: int,
        proxies: Mapping[str, EnvProxy] | None = None,
    ) -> None:
        """``proxies``: by coordinator API root (:func:`env_proxies`); ``headers`` then go with
        each request (``per_request``).  Not with a caller's session, which keeps its own settings."""
        self.session = session
        self._external = session
        self._loop: asyncio.AbstractEventLoop | None = None
        self.ssl = tls
        # A caller's session has its own TLS settings; ours has them on its connector.
        self._request_ssl = tls if session is not None else True
        self._proxies = dict(proxies or {})
        assert not self._proxies or (session is None and headers.per_request is not None)
        self._timeout = timeout
        self._max_response_bytes = max_response_bytes
        self.headers = headers
        self._connections = connections

    def mask_proxy_credentials(self, redactor: Redactor) -> None:
        """Have ``redactor`` mask the proxies' credentials wherever errors would show them."""
        for slot, secret in proxy_secrets(self._proxies):
            redactor.set(slot, secret)

    @property
    def max_response_bytes(self) -> int:
        return self._max_response_bytes

    def ready(self) -> bool:
        """Whether the session exists and belongs to the running loop (the hot path's check)."""
        return self.session is not None and self._loop is asyncio.get_running_loop()

    def open(self) -> aiohttp.ClientSession:
        """The session, created inside the running loop on first use (construction may happen
        outside any loop, so it cannot be made earlier)."""
        loop = asyncio.get_running_loop()
        if self._loop is not None and self._loop is not loop:
            raise ConfigurationError("this client belongs to another event loop: create one client per loop")
        self._loop = loop
        if self.session is None:
            self.session = self._new_session()
        return self.session

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(limit=self._connections, ssl=self.ssl, ttl_dns_cache=300)
        session = aiohttp.ClientSession(
            connector=connector,
            headers=self.headers.static if self.headers.per_request is None else None,
            timeout=self._timeout,
            trust_env=False,  # proxies come from env_proxies; aiohttp's would add ~/.netrc
            raise_for_status=False,
        )
        # aiohttp silently sends an idempotent request again when a kept-alive connection
        # drops; the retry policy decides that here, and counts it (``attempts``, hooks).
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        return session

    async def close(self) -> None:
        """Close the session, unless it was handed in."""
        session = self.session
        if session is not None and session is not self._external:
            await session.close()

    async def send(
        self,
        method: str,
        base: str,
        url: str,
        headers: dict[str, str] | None,
        data: Any,
        timeout: aiohttp.ClientTimeout,
        visit: Visit | None,
        reduce: ReducerFactory[Any] | None = None,
    ) -> tuple[int, Mapping[str, str], bytes, bool, Streamed | None]:
        """One request to ``url`` (on the coordinator ``base``, whose proxy it goes through):
        status, headers, the body (bounded), whether it went past the bound,
        and, with ``reduce``, what a 2xx JSON body fed to a fresh reducer came to (the body is
        then not kept; any other answer is read as without ``reduce``: an error's body as
        always, a 2xx of another media type only as far as an excerpt needs).

        Raises aiohttp's (and the socket's) exceptions as they come, a reducer's own as
        :class:`~ece_async._wire.ReducerFailed` (not to be taken for the wire's), and
        :class:`~ece_async.errors.ClientClosedError` when a caller's session was closed under us.
        """
        session = self.session
        assert session is not None
        proxy = self._proxies.get(base, DIRECT)
        try:
            resp = await session.request(
                method,
                URL(url, encoded=True),
                headers=headers,
                data=data,
                timeout=timeout,
                allow_redirects=False,
                ssl=self._request_ssl,
                proxy=proxy.url,
                proxy_headers=proxy.headers,
            )
        except RuntimeError:
            if not session.closed:
                raise
            resp = None  # a caller's session, closed under us: raised below, with no context to show
        if resp is None:
            closed = ClientClosedError("the aiohttp session of this ECE client is closed")
            raise detach(closed, None)
        streamed = None
        try:
            success = 200 <= resp.status < 300
            if reduce is not None and success and _json_or_untyped(resp):
                streamed = await feed_bounded(resp, self._max_response_bytes, reduce)
                body, too_large = b"", streamed is None
            else:
                # A reducer waits for JSON: another success is read (and reported) as an error is.
                bounded = success and reduce is None
                limit = self._max_response_bytes if bounded else ERROR_BODY_LIMIT
                if fits(resp, limit):
                    body, too_large = await resp.read(), False
                else:
                    body, too_large = await read_bounded(resp, limit, keep_head=not bounded)
                too_large = too_large and bounded
        finally:
            resp.release()
        if visit is not None:
            visit.answered()  # a whole response: a status line alone may be all a stuck proxy sends
        return resp.status, resp.headers, body, too_large, streamed

    def __repr__(self) -> str:
        kind = "caller's" if self._external is not None else "own"
        return f"<aiohttp node, {kind} session, {self.headers!r}>"


def _json_or_untyped(resp: aiohttp.ClientResponse) -> bool:
    """Whether a body may be fed to a reducer: JSON, or of no declared type (the reducer then judges)."""
    content_type = resp.headers.get("Content-Type", "")
    return not content_type or is_json(content_type)
