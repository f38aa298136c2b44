"""Nothing secret anywhere: errors (str, repr, attributes, whole ``__cause__``/``__context__``
chains and their frames' locals), DEBUG logs and hook events, under servers that truncate, echo,
speak garbage or drop the connection (real servers on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from urllib.parse import quote, quote_plus

import orjson
import pytest
from aiohttp import web

from ece_async import (
    NO_RETRY,
    ECEClient,
    ECEConnectionError,
    ECEError,
    Hooks,
    OperationEnd,
    OperationObserver,
    OperationStart,
    PasswordAuth,
    RequestEnd,
    ResponseDecodeError,
    RetryPolicy,
    RetryScheduled,
    ServerError,
)
from ece_async.redact import PARTIAL_LENGTH, Redactor, mask_partials, secret_pattern

from .facade_support import (
    FakeClock,
    LocalServers,
    exception_chain_texts,
    json_response,
    make_jwt,
)

PASSWORD = 'Pa"ss\\word-4711'
API_KEY = 'key"with\\odd<chars>&more-0815'
QUERY_SECRET = "query-secret-value-9931"


class Recorder(OperationObserver):
    """Keeps every hook and observer event, to search them for secrets."""

    def __init__(self) -> None:
        self.events: list[Any] = []

    def hooks(self) -> Hooks:
        return Hooks(
            on_request_start=self.events.append,
            on_request_end=self.events.append,
            on_retry=self.events.append,
            on_operation=self.start,
        )

    def start(self, event: OperationStart) -> OperationObserver:
        self.events.append(event)
        return self

    def on_attempt(self, event: RequestEnd) -> None:
        self.events.append(event)

    def on_retry(self, event: RetryScheduled) -> None:
        self.events.append(event)

    def on_end(self, event: OperationEnd) -> None:
        self.events.append(event)

    def texts(self, *, frames: bool = True) -> Iterator[str]:
        for event in self.events:
            yield repr(event)
            error = getattr(event, "error", None)
            if isinstance(error, BaseException):
                yield from exception_chain_texts(error, frames=frames)


def client_log(caplog: pytest.LogCaptureFixture) -> str:
    """What the client side logged (the test servers' access logs show their own requests)."""
    return "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("aiohttp.access"))


def assert_nowhere(secrets: list[str], *haystacks: Any) -> None:
    for haystack in haystacks:
        texts = [haystack] if isinstance(haystack, str) else list(haystack)
        for text in texts:
            for secret in secrets:
                assert secret not in text, f"{secret!r} leaked into: {text[:300]}"


@pytest.fixture
async def garbage_server() -> AsyncIterator[str]:
    """A TCP server that answers every request with something that is not HTTP."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"NOT-HTTP garbage\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        await server.wait_closed()


# -- 11: a truncated login body --------------------------------------------------------------------------


async def test_a_truncated_login_body_leaves_no_trace_of_the_token(
    servers: LocalServers, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    token = make_jwt(clock.time() + 600, iat=clock.time())

    async def login(request: web.Request) -> web.Response:
        body = orjson.dumps({"token": token, "session_expiration_time": "later"})
        return web.Response(body=body[:-2], content_type="application/json")  # cut short by a proxy

    base = await servers.start([("POST", "/users/auth/_login", login)])
    recorder = Recorder()
    caplog.set_level(logging.DEBUG)
    auth = PasswordAuth("admin", PASSWORD)
    async with ECEClient(
        base, auth=auth, clock=clock, hooks=recorder.hooks(), retry=RetryPolicy(max_attempts=2, deadline=None)
    ) as ece:
        with pytest.raises(ResponseDecodeError) as info:
            await ece.deployments.list_deployments()
    assert info.value.excerpt is None
    secrets = [token, token.split(".")[1], token.split(".")[1][:24], PASSWORD]
    assert_nowhere(secrets, exception_chain_texts(info.value), client_log(caplog), recorder.texts())


# -- 12: secret-looking query parameters ----------------------------------------------------------------


async def test_secret_query_values_never_show_even_in_library_errors(
    garbage_server: str, servers: LocalServers, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    async def echo(request: web.Request) -> web.Response:
        return web.Response(status=400, text=f"bad query: {dict(request.query)}", content_type="text/plain")

    echo_server = await servers.start([("GET", "/custom", echo)])
    recorder = Recorder()
    caplog.set_level(logging.DEBUG)
    async with ECEClient(
        garbage_server,
        api_key=API_KEY,
        clock=clock,
        hooks=recorder.hooks(),
        retry=RetryPolicy(max_attempts=2),
    ) as ece:
        with pytest.raises(ECEError) as info:
            await ece.request(
                "GET", "/custom", params={"api_key": QUERY_SECRET, "password": QUERY_SECRET[::-1]}
            )
    error = info.value
    assert "api_key=***" in str(error) and error.attempts == 2
    async with ECEClient(echo_server, api_key=API_KEY, clock=clock, hooks=recorder.hooks()) as ece:
        with pytest.raises(ECEError) as echoed:  # a server quoting the query back in its error page
            await ece.request(
                "GET", "/custom", params={"api_key": QUERY_SECRET, "password": QUERY_SECRET[::-1]}
            )
    assert "***" in str(echoed.value)
    assert "retrying GET" in caplog.text and "api_key=***" in caplog.text
    secrets = [QUERY_SECRET, QUERY_SECRET[::-1], API_KEY, f"ApiKey {API_KEY[:8]}"]
    # The caller's own arguments stay in the frames the call passed through (as in the caller's
    # frame itself); what the client derives from them must not: check frames for the key only.
    plain = (
        exception_chain_texts(error, frames=False),
        exception_chain_texts(echoed.value, frames=False),
        client_log(caplog),
        recorder.texts(frames=False),
    )
    assert_nowhere(secrets, *plain)
    assert_nowhere([API_KEY, f"ApiKey {API_KEY[:8]}"], exception_chain_texts(error), recorder.texts())


# -- 13: echoed secrets in escaped spellings -------------------------------------------------------------


def test_a_secret_is_masked_as_html_escape_writes_it() -> None:
    import html

    secret = "key&<quoted \"or\" 'not'>-1234"
    redactor = Redactor()
    redactor.set("password", secret)
    assert redactor.scrub(f"{html.escape(secret)} {html.escape(secret, quote=False)}") == "*** ***"


@pytest.mark.parametrize("content_type", ["application/json", "text/html", "text/plain"])
async def test_a_server_echoing_the_key_in_escaped_forms_is_masked(
    servers: LocalServers, clock: FakeClock, content_type: str
) -> None:
    async def echo(request: web.Request) -> web.Response:
        key = request.headers["Authorization"]
        if content_type == "application/json":
            body = orjson.dumps({"detail": f"rejected {key}"}).decode()
        elif content_type == "text/html":
            import html

            body = f"<html><body>rejected {html.escape(key)}</body></html>"
        else:
            from urllib.parse import quote

            body = f"rejected {quote(key, safe='')}"
        return web.Response(status=500, text=body, content_type=content_type)

    base = await servers.start([("GET", "/deployments", echo)])
    async with ECEClient(base, api_key=API_KEY, clock=clock) as ece:
        with pytest.raises(ECEError) as info:
            await ece.deployments.list_deployments()
    assert "***" in str(info.value)
    escaped = orjson.dumps(API_KEY).decode()[1:-1]
    assert_nowhere([API_KEY, escaped, "odd<chars>", "odd&lt;chars"], exception_chain_texts(info.value))


def _html_of_json(text: str) -> str:
    import html

    return html.escape(orjson.dumps({"body": text}).decode())


#: Layers the per-layer spellings above miss when stacked: a URL quoted into another URL (``%25``),
#: a JSON body in a URL (``%5C`` for the backslash), a JSON body shown in an HTML page (``\\&quot;``).
LAYERED_SPELLINGS: dict[str, Callable[[str], str]] = {
    "url-in-url": lambda text: quote(quote(text, safe=""), safe=""),
    "url-in-url-in-url": lambda text: quote(quote(quote(text, safe=""), safe=""), safe=""),
    "json-in-url": lambda text: quote_plus(orjson.dumps({"body": text}).decode()),
    "json-in-html": _html_of_json,
}


@pytest.mark.parametrize("spelling", list(LAYERED_SPELLINGS))
async def test_a_key_echoed_under_stacked_encodings_is_masked(
    servers: LocalServers, clock: FakeClock, spelling: str
) -> None:
    spell = LAYERED_SPELLINGS[spelling]

    async def echo(request: web.Request) -> web.Response:
        return web.Response(status=500, text=f"rejected {spell(request.headers['Authorization'])}")

    base = await servers.start([("GET", "/deployments", echo)])
    async with ECEClient(base, api_key=API_KEY, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(ECEError) as info:
            await ece.deployments.list_deployments()
    assert "***" in str(info.value)
    assert_nowhere([spell(API_KEY)[8:-8], "with", "odd", "chars", "more"], exception_chain_texts(info.value))


async def test_a_password_echoed_json_escaped_is_masked(servers: LocalServers, clock: FakeClock) -> None:
    seen: list[str] = []

    async def login(request: web.Request) -> web.Response:
        password = (await request.json())["password"]
        seen.append(password)
        return json_response({"token": make_jwt(clock.time() + 600, iat=clock.time())})

    async def echo(request: web.Request) -> web.Response:
        return json_response(
            {"detail": f"user admin has password {seen[-1]}"}, 500
        )  # not an errors[] document

    base = await servers.start([("POST", "/users/auth/_login", login), ("GET", "/deployments", echo)])
    async with ECEClient(base, auth=PasswordAuth("admin", PASSWORD), clock=clock) as ece:
        with pytest.raises(ECEError) as info:
            await ece.deployments.list_deployments()
    assert seen == [PASSWORD] and "***" in str(info.value)
    escaped = orjson.dumps(PASSWORD).decode()[1:-1]
    assert_nowhere([PASSWORD, escaped, "word-4711"], exception_chain_texts(info.value))


# -- 14: causes that carry credentials ------------------------------------------------------------------


@pytest.mark.parametrize("failure", ["garbage", "drop", "timeout"])
async def test_no_error_chains_to_an_object_that_carries_the_authorization_header(
    servers: LocalServers, garbage_server: str, clock: FakeClock, failure: str
) -> None:
    async def drop(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()
        return web.Response()

    async def stall(request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return json_response({})

    if failure == "garbage":
        base = garbage_server
    else:
        base = await servers.start([("GET", "/deployments", drop if failure == "drop" else stall)])
    async with ECEClient(
        base, api_key=API_KEY, clock=clock, timeout=0.2, retry=RetryPolicy(max_attempts=1)
    ) as ece:
        with pytest.raises(ECEError) as info:
            await ece.deployments.list_deployments()
    cause = info.value.__cause__
    assert cause is not None and cause.__traceback__ is None and info.value.__context__ is None
    assert "request_info" not in vars(cause)
    assert_nowhere([API_KEY, f"ApiKey {API_KEY[:8]}", "'Authorization'"], exception_chain_texts(info.value))


# -- issue 7: error codes and fields are server text too -------------------------------------------------


async def test_codes_and_fields_echoing_secrets_are_masked_everywhere(
    servers: LocalServers, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    comma_key = "comma,in-the-key-7731"  # split into two "codes" if the header is split before scrubbing

    async def echo(request: web.Request) -> web.Response:
        key = request.headers["Authorization"].removeprefix("ApiKey ")
        body = {"errors": [{"code": f"auth.bad_key.{key}", "message": "no", "fields": [f"key={key}", "ok"]}]}
        return json_response(body, 400, headers={"x-cloud-error-codes": f"auth.rejected:{key}, root.x"})

    base = await servers.start([("GET", "/deployments", echo)])
    recorder = Recorder()
    caplog.set_level(logging.DEBUG)
    for key in (API_KEY, comma_key):
        async with ECEClient(
            base, api_key=key, clock=clock, hooks=recorder.hooks(), retry=RetryPolicy(max_attempts=1)
        ) as ece:
            with pytest.raises(ECEError) as info:
                await ece.deployments.list_deployments()
        error = info.value
        assert "***" in str(error) and "root.x" in error.codes and error.errors[0].fields[1] == "ok"
        texts = [str(error), repr(error), repr(error.codes), repr(error.errors), *map(repr, error.errors)]
        parts = [key, *key.split(",")] if "," in key else [key, API_KEY[:12]]
        assert_nowhere(parts, texts, exception_chain_texts(error), client_log(caplog), recorder.texts())


# -- issue 7: traceback locals (what capture_locals, pytest -l, Sentry and rich show) ---------------------


def traceback_locals(exc: BaseException) -> Iterator[str]:
    """The locals a traceback tool captures from every frame of ``exc``'s chain (this suite's own
    frames skipped: they hold the test's secrets), as ``TracebackException(capture_locals=True)``."""
    import traceback

    stack = [traceback.TracebackException.from_exception(exc, capture_locals=True)]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for frame in current.stack:
            if "/tests/" not in frame.filename:
                yield from (f"{frame.name}: {name}={value}" for name, value in (frame.locals or {}).items())
        stack.extend(linked for linked in (current.__cause__, current.__context__) if linked is not None)


async def cancelled_while_sent(ece: ECEClient, arrived: asyncio.Event) -> BaseException:
    """The exception a call raises when its task is cancelled once its request reached the server."""
    task = asyncio.ensure_future(ece.deployments.list_deployments())
    await arrived.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError) as info:
        await task
    return info.value


def stalling(arrived: asyncio.Event) -> Any:
    async def handler(request: web.Request) -> web.Response:
        arrived.set()
        await asyncio.sleep(30)
        return json_response({})

    return handler


@pytest.mark.parametrize("kind", ["api_key", "token", "password"])
async def test_a_call_cancelled_on_the_wire_leaves_no_credential_in_traceback_locals(
    servers: LocalServers, clock: FakeClock, kind: str
) -> None:
    token = make_jwt(clock.time() + 600, iat=clock.time())
    arrived = asyncio.Event()

    async def login(request: web.Request) -> web.Response:
        return json_response({"token": token})

    base = await servers.start(
        [("GET", "/deployments", stalling(arrived)), ("POST", "/users/auth/_login", login)]
    )
    credentials: dict[str, Any] = {
        "api_key": {"api_key": API_KEY},
        "token": {"token": token},
        "password": {"auth": PasswordAuth("admin", PASSWORD)},
    }[kind]
    async with ECEClient(base, clock=clock, **credentials) as ece:
        error = await cancelled_while_sent(ece, arrived)
        # The same request under asyncio.wait_for: a TimeoutError chained to that cancellation.
        with pytest.raises(asyncio.TimeoutError) as timed_out:
            await asyncio.wait_for(ece.deployments.list_deployments(), 0.1)
    # Fragments without quotes or backslashes: reprs of bytes, dicts and multidicts escape those.
    secrets = [API_KEY, "odd<chars>&more-0815", token, token.split(".")[1], PASSWORD, "word-4711"]
    for raised in (error, timed_out.value):
        texts = list(traceback_locals(raised))
        assert any("_run" in text for text in texts)  # the client's frames are there, without secrets
        assert_nowhere(secrets, texts)


@pytest.mark.parametrize("kind", ["login", "refresh"])
async def test_a_login_or_refresh_cut_short_leaves_no_credential_in_traceback_locals(
    servers: LocalServers, clock: FakeClock, kind: str
) -> None:
    """Login and refresh run in a task of their own; closing the client cancels them, and the
    operation hooks get that cancellation (with its traceback) as the login's or refresh's end."""
    arrived = asyncio.Event()
    old = make_jwt(clock.time() + 30, iat=clock.time() - 570)  # in the mandatory window: must refresh
    base = await servers.start(
        [
            ("POST", "/users/auth/_login", stalling(arrived)),
            ("POST", "/users/auth/_refresh", stalling(arrived)),
        ]
    )
    recorder = Recorder()
    credentials: dict[str, Any] = (
        {"auth": PasswordAuth("admin", PASSWORD)} if kind == "login" else {"token": old}
    )
    ece = ECEClient(
        base, clock=clock, hooks=recorder.hooks(), retry=RetryPolicy(max_attempts=1), **credentials
    )
    task = asyncio.ensure_future(ece.deployments.list_deployments())
    await arrived.wait()
    await ece.close()
    with pytest.raises(ECEError) as info:
        await task
    ended = [e for e in recorder.events if isinstance(e, OperationEnd) and e.error is not None]
    assert {e.operation_id for e in ended} >= {"login" if kind == "login" else "refresh-token"}
    texts = [*traceback_locals(info.value)]
    for event in ended:
        assert event.error is not None
        texts += traceback_locals(event.error)
    assert any("_run" in text for text in texts)
    secrets = [PASSWORD, "word-4711", old, old.split(".")[1]]
    assert_nowhere(secrets, texts)


async def test_a_closed_session_error_leaves_no_credential_in_traceback_locals(
    servers: LocalServers, clock: FakeClock
) -> None:
    import aiohttp

    token = make_jwt(clock.time() + 600, iat=clock.time())
    base = await servers.start([("GET", "/deployments", stalling(asyncio.Event()))])
    session = aiohttp.ClientSession()
    async with ECEClient(base, token=token, clock=clock, session=session) as ece:
        await session.close()
        with pytest.raises(ECEError) as info:
            await ece.deployments.list_deployments()
    texts = list(traceback_locals(info.value))
    assert any("_exchange" in text or "_run" in text for text in texts)
    assert_nowhere([token, token.split(".")[1]], texts)


# -- issue 17, item 11: aiohttp's parser errors echo the request in bytes-repr form -----------------------

#: A password whose bytes-repr spelling differs from its text: non-ASCII, an apostrophe, a quote.
REPR_PASSWORD = "Zé'Qx\"9kT-ünï"


def _echoing_parser_breaker(kind: str) -> Any:
    """A raw server that answers the request with a malformed status line or chunk size made of
    the request body: aiohttp's parser error then quotes the body, as ``b'...'``."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        body = await reader.readexactly(length)
        if kind == "status line":
            writer.write(b"HTTP/1.1 " + body + b"\r\n\r\n")
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body + b"\r\n")
        await writer.drain()
        writer.close()

    return handle


@pytest.mark.parametrize("kind", ["status line", "chunk size"])
async def test_a_parser_error_quoting_the_login_body_shows_no_password(
    kind: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    server = await asyncio.start_server(_echoing_parser_breaker(kind), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    caplog.set_level(logging.DEBUG)
    try:
        async with ECEClient(
            f"http://127.0.0.1:{port}", username="admin", password=REPR_PASSWORD, clock=clock, retry=NO_RETRY
        ) as ece:
            with pytest.raises(ECEConnectionError) as info:
                await ece.deployments.list_deployments()
    finally:
        server.close()
        await server.wait_closed()
    assert '"password":"***"' in str(info.value), str(info.value)  # the echo is there, masked
    # Pieces of the password in any spelling the parser's repr gives them.
    pieces = ["Qx", "9kT", "\\xc3\\xa9", "\\xc3\\xbc", "n\\xc3"]
    assert_nowhere(pieces, exception_chain_texts(info.value, frames=False), client_log(caplog))


def test_a_secret_is_masked_under_several_layers_of_repr_and_json_escaping() -> None:
    secret = "Kq\u00e9Zj'w\\o\"Xv\x0b-\u200b!"
    redactor = Redactor()
    redactor.set("password", secret)
    once = repr(orjson.dumps({"password": secret}))  # JSON, then a bytes repr
    twice = repr(once)  # and the repr of a message holding it
    raw_bytes = repr(secret.encode())
    for text in (
        repr(secret),
        once,
        twice,
        raw_bytes,
        json.dumps(secret),
        json.dumps(secret, ensure_ascii=False),
    ):
        scrubbed = redactor.scrub(text)
        assert "***" in scrubbed and not any(piece in scrubbed for piece in ("Kq", "Zj", "Xv")), (
            text,
            scrubbed,
        )


# -- issue 17, item 14: secrets under any name in URLs; base64 and the Basic form -------------------------

URL_KEY = "plain-api-key-under-any-name-7719"


async def test_a_known_secret_under_a_non_secret_query_name_is_masked_in_urls_and_logs(
    servers: LocalServers, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    async def fail(request: web.Request) -> web.Response:
        return web.Response(status=503, text="down", content_type="text/plain")

    base = await servers.start([("GET", "/deployments/{id}", fail)])
    recorder = Recorder()
    caplog.set_level(logging.DEBUG)
    policy = RetryPolicy(max_attempts=2, backoff_base=0.0)
    async with ECEClient(base, api_key=URL_KEY, clock=clock, retry=policy, hooks=recorder.hooks()) as ece:
        with pytest.raises(ServerError) as info:
            await ece.request(
                "GET", f"/deployments/{URL_KEY}", params={"q": URL_KEY, "filter": f"x {URL_KEY}"}
            )
    error = info.value
    assert error.url is not None and "q=***" in error.url and "/deployments/***" in error.url, error.url
    assert "retrying GET" in caplog.text
    assert_nowhere(
        [URL_KEY, quote(URL_KEY), quote_plus(URL_KEY)],
        exception_chain_texts(error, frames=False),
        client_log(caplog),
        recorder.texts(frames=False),
    )


async def test_base64_of_the_key_and_the_basic_form_of_the_password_are_masked(
    servers: LocalServers, clock: FakeClock
) -> None:
    basic = base64.b64encode(f"admin:{PASSWORD}".encode()).decode()
    token = make_jwt(clock.time() + 600, iat=clock.time())
    for_key = base64.b64encode(f"prefix-{URL_KEY}-suffix".encode()).decode()

    async def login(request: web.Request) -> web.Response:
        return json_response({"token": token})

    async def echo(request: web.Request) -> web.Response:
        echoed = (
            f"saw Basic {basic}, urlsafe {base64.urlsafe_b64encode(URL_KEY.encode()).decode()}, {for_key}"
        )
        return web.Response(status=500, text=echoed, content_type="text/plain")

    base = await servers.start([("POST", "/users/auth/_login", login), ("GET", "/deployments", echo)])
    async with ECEClient(base, username="admin", password=PASSWORD, clock=clock, retry=NO_RETRY) as ece:
        with ece.options(retry=NO_RETRY):
            with pytest.raises(ServerError) as info:
                await ece.request("GET", "/deployments", params={"api_key": URL_KEY})
    shown = str(info.value)
    assert shown.count("***") >= 4, shown
    cores = [basic[4:-4], base64.b64encode(URL_KEY.encode()).decode()[:-4]]
    assert_nowhere([*cores, for_key[12:-12]], exception_chain_texts(info.value, frames=False))


def test_base64_cores_are_found_whatever_comes_before_and_after() -> None:
    secret = "s3cr\u00e9t/value+more?"
    redactor = Redactor()
    redactor.set("token", secret)
    for before in ("", "a", "ab", "abc"):
        for after in ("", "z", "zz"):
            data = f"{before}{secret}{after}".encode()
            for encode in (base64.b64encode, base64.urlsafe_b64encode):
                text = encode(data).decode()
                scrubbed = redactor.scrub(f"<{text}>")
                assert "***" in scrubbed and len(scrubbed) < len(text) - 10, (before, after, scrubbed)


@pytest.mark.parametrize("password", ["pass-word1", "pass-word12", "pass-word123"])  # each padding
def test_a_whole_basic_token_is_masked_to_its_last_character(password: str) -> None:
    # The cores above drop the characters a secret shares with its neighbours; a Basic token is the
    # whole encoding of ``user:password``, and its last characters carry the password's last bits.
    redactor = Redactor()
    redactor.set("basic", f"admin:{password}")
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        token = encode(f"admin:{password}".encode()).decode()
        assert redactor.scrub(f"Authorization: Basic {token}.") == "Authorization: Basic ***."
        assert redactor.scrub(f"Basic {token.rstrip('=')}!") == "Basic ***!"
        assert redactor.scrub(f"?auth={quote(token, safe='')}&") == "?auth=***&"


# -- breakages the suite did not notice: redact.py, auth.py ------------------------------------------------


def test_a_secret_holding_another_is_masked_whole_whichever_was_set_first() -> None:
    for order in ((0, 1), (1, 0)):
        redactor = Redactor()
        secrets = ["abcd1234", "abcd1234-and-then-much-more-5678"]
        for index in order:
            redactor.set(f"s{index}", secrets[index])
        assert redactor.scrub(f"[{secrets[1]}]") == "[***]"
        assert redactor.scrub(f"[{secrets[0]}]") == "[***]"


def test_compiled_secret_patterns_stay_out_of_the_re_module_cache() -> None:
    secret = f"cache-probe-secret-{id(object())}"
    redactor = Redactor()
    redactor.set("token", secret)
    assert redactor.scrub(f"x {secret} y") == "x *** y"
    source = secret_pattern(secret)[0]
    cached = [key[1] for key in (*getattr(re, "_cache", {}), *getattr(re, "_cache2", {}))]
    assert not any(isinstance(pattern, str) and source in pattern for pattern in cached)


async def test_a_key_echoed_cut_short_or_only_its_end_is_masked(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def echo(request: web.Request) -> web.Response:
        key = request.headers["Authorization"].removeprefix("ApiKey ")
        text = f"key {key[:14]}... is not valid (it ends in ...{key[-10:]}); note: {key[3:20]}"
        return web.Response(status=401, text=text, content_type="text/plain")

    base = await servers.start([("GET", "/deployments", echo)])
    async with ECEClient(base, api_key=URL_KEY, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(ECEError) as info:
            await ece.deployments.list_deployments()
    shown = str(info.value)
    assert "key ***... is not valid (it ends in ...***)" in shown, shown
    assert_nowhere(
        [URL_KEY[:PARTIAL_LENGTH], URL_KEY[-PARTIAL_LENGTH:]], exception_chain_texts(info.value, frames=False)
    )


def test_partial_masks_that_overlap_merge_into_one() -> None:
    secret = "0123456789abcdefghij"
    text = f"<{secret[:12]}{secret[-9:]}> and <{secret[:9]}> and <{secret}{secret}>"
    assert mask_partials(text, [secret, secret[::-1]]) == "<***> and <***> and <***>"


async def test_the_key_in_a_path_is_masked_when_the_call_also_has_secret_parameters(
    servers: LocalServers, clock: FakeClock
) -> None:
    """A call's own secret values get a redactor on top of the client's: the client's key must
    still be found in the URL through it."""

    async def fail(request: web.Request) -> web.Response:
        return web.Response(status=404, text="no such thing")

    base = await servers.start([("GET", "/deployments/{id}", fail)])
    async with ECEClient(base, api_key=URL_KEY, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(ECEError) as info:
            await ece.request("GET", f"/deployments/{URL_KEY}", params={"password": QUERY_SECRET})
    error = info.value
    assert error.url is not None, error
    assert "/deployments/***" in error.url and "password=***" in error.url, error.url
    assert_nowhere([URL_KEY, QUERY_SECRET], exception_chain_texts(error, frames=False))


@pytest.mark.parametrize(
    "space", ["\u3000", "\u00a0", "\t", "\u200b"], ids=["ideographic", "nbsp", "tab", "zwsp"]
)
async def test_a_password_with_a_non_printable_character_echoed_in_an_ece_error_is_masked(
    servers: LocalServers, clock: FakeClock, space: str
) -> None:
    """Server text is made printable (such characters become spaces): only after it is scrubbed,
    or the password no longer matches its own echo."""
    password = f"Zq9vKx{space}mR7tW"  # under 16 characters: no partial masking to fall back on

    async def login(request: web.Request) -> web.Response:
        body = await request.json()
        echo = f"no user with password {body['password']}"
        error = {"code": f"root.unauthenticated {body['password']}", "message": echo, "fields": [echo]}
        return json_response({"errors": [error]}, status=401)

    base = await servers.start([("POST", "/users/auth/_login", login)])
    async with ECEClient(base, auth=PasswordAuth("admin", password), clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(ECEError) as info:
            await ece.deployments.list_deployments()
    assert "***" in str(info.value)
    assert_nowhere(["Zq9vKx", "mR7tW"], exception_chain_texts(info.value, frames=False))


@pytest.mark.parametrize("char", ["\x85", "\U000e0020", "\x9f"], ids=["nel", "tag-space", "c1-apc"])
def test_a_secret_in_a_str_repr_is_masked_whatever_escape_repr_gives_its_characters(char: str) -> None:
    """``repr`` writes these as ``\\x85`` or ``\\U000e0020``, spellings neither JSON nor a bytes repr uses."""
    secret = f"Kq7vZ{char}Xw9mT"
    redactor = Redactor()
    redactor.set("password", secret)
    scrubbed = redactor.scrub(f"login failed for {secret!r}")
    assert "Kq7vZ" not in scrubbed and "Xw9mT" not in scrubbed, scrubbed


async def test_a_secret_path_parameter_never_shows_in_errors_logs_or_hooks(
    servers: LocalServers, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    token = "enroll-Zq7/xw+9 k"

    async def echo(request: web.Request) -> web.Response:
        return web.Response(status=500, text=f"no such token at {request.path}", content_type="text/plain")

    base = await servers.start(
        [("DELETE", "/platform/configuration/security/enrollment-tokens/{token:.*}", echo)]
    )
    recorder = Recorder()
    caplog.set_level(logging.DEBUG)
    async with ECEClient(
        base, api_key=API_KEY, clock=clock, hooks=recorder.hooks(), retry=RetryPolicy(max_attempts=2)
    ) as ece:
        with pytest.raises(ECEError) as info:
            await ece.platform_configuration_security.delete_enrollment_token(token=token)
    logged = "".join(r.getMessage() for r in caplog.records if r.name.startswith("ece_async"))
    shown = str(info.value) + repr(info.value) + logged + repr(recorder.events)
    assert "/enrollment-tokens/" in str(info.value) and "not retrying DELETE" in logged
    for spelling in (token, quote(token, safe=""), quote(token), "Zq7"):
        assert spelling not in shown, spelling
