"""The error hierarchy: status classes, error codes, odd bodies, redaction."""

from __future__ import annotations

import copy
import gc
import gzip
import html
import json
import pickle
import re
from collections.abc import Callable
from urllib.parse import quote, quote_plus

import aiohttp
import orjson
import pytest
from aiohttp import web
from aioresponses import aioresponses

from ece_async import (
    NO_RETRY,
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ECEClient,
    ECEConnectionError,
    ECEError,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
    RateLimitedError,
    ResponseDecodeError,
    RetryPolicy,
    ServerError,
    errors,
)
from ece_async._generated import Request
from ece_async.errors import ErrorDetail, ScrubbedCause, code, excerpt
from ece_async.redact import Redactor, Secret, redact_url

from .facade_support import API, BASE, FakeClock, LocalServers, error_body


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (412, PreconditionFailedError),
        (429, RateLimitedError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (418, APIError),
        (302, APIError),
    ],
)
async def test_status_maps_to_class(
    mocked: aioresponses, clock: FakeClock, status: int, cls: type[APIError]
) -> None:
    mocked.get(f"{API}/deployments", status=status, payload=error_body("some.code", "went wrong"))
    async with ECEClient(BASE, api_key="key-1234", retry=NO_RETRY, clock=clock) as ece:
        with pytest.raises(cls) as info:
            await ece.deployments.list_deployments()
    err = info.value
    assert type(err)._ece_base is cls
    assert isinstance(err, ECEError)
    assert err.status == status
    assert err.method == "GET"
    assert err.url == f"{API}/deployments"
    assert err.codes == ("some.code",)
    assert err.errors == (ErrorDetail("some.code", "went wrong"),)
    assert "went wrong" in str(err)


async def test_codes_come_from_header_and_body_deduplicated(mocked: aioresponses) -> None:
    body = {
        "errors": [
            {
                "code": "deployments.deployment_not_found",
                "message": "Deployment abc not found",
                "fields": ["id"],
            },
            {"code": "other.code", "message": "and more"},
            "not-an-object",
        ]
    }
    mocked.get(
        f"{API}/deployments/abc",
        status=404,
        payload=body,
        headers={"x-cloud-error-codes": "deployments.deployment_not_found, root.extra"},
    )
    async with ECEClient(BASE, api_key="key-1234") as ece:
        with pytest.raises(NotFoundError) as info:
            await ece.deployments.get_deployment(deployment_id="abc")
    err = info.value
    assert err.codes == ("deployments.deployment_not_found", "root.extra", "other.code")
    assert err.errors[0] == ErrorDetail(
        "deployments.deployment_not_found", "Deployment abc not found", ("id",)
    )
    assert len(err.errors) == 2
    assert err.has_code("root.extra") and not err.has_code("nope")


async def test_code_classes_are_catchable_in_except_clauses(mocked: aioresponses) -> None:
    mocked.get(
        f"{API}/deployments/abc",
        status=404,
        payload=error_body("deployments.deployment_not_found"),
        headers={"x-cloud-error-codes": "deployments.deployment_not_found"},
    )
    mocked.get(f"{API}/deployments/def", status=404, payload=error_body("other.code"))
    async with ECEClient(BASE, api_key="key-1234") as ece:
        try:
            await ece.deployments.get_deployment(deployment_id="abc")
        except code("deployments.deployment_not_found") as err:
            assert isinstance(err, NotFoundError)
        else:
            pytest.fail("not raised")
        with pytest.raises(NotFoundError) as info:
            try:
                await ece.deployments.get_deployment(deployment_id="def")
            except code("deployments.deployment_not_found"):
                pytest.fail("a different code must not match")
    assert not isinstance(info.value, code("deployments.deployment_not_found"))
    assert isinstance(info.value, code("other.code"))


def test_code_factory_is_cached_and_isinstance_works_for_plain_instances() -> None:
    assert code("a.b") is code("a.b")
    assert code("a.b") is not code("a.c")
    assert issubclass(code("a.b"), ECEError)
    err = NotFoundError("x", status=404, codes=["a.b", "z.z"])
    assert isinstance(err, code("a.b")) and isinstance(err, code("z.z")) and isinstance(err, NotFoundError)
    assert type(err) is type(NotFoundError("y", codes=["z.z", "a.b"]))  # cached per (class, code set)
    assert type(NotFoundError("plain")) is NotFoundError
    assert errors.code is code


@pytest.mark.parametrize("duplicate", [lambda c: pickle.loads(pickle.dumps(c)), copy.deepcopy, copy.copy])
def test_a_scrubbed_cause_survives_pickling_and_copying(
    duplicate: Callable[[ScrubbedCause], ScrubbedCause],
) -> None:
    """Errors travel between processes (multiprocessing, task queues) with their causes."""
    cause = ScrubbedCause(aiohttp.ServerDisconnectedError("gone"), "Server disconnected: ***")
    copied = duplicate(cause)
    assert type(copied) is ScrubbedCause and copied.original_type is aiohttp.ServerDisconnectedError
    assert str(copied) == str(cause) and repr(copied) == repr(cause)


def test_errors_pickle_round_trip_including_code_classes() -> None:
    err = RateLimitedError("slow down", status=429, codes=["billing_service.rate_limited"], retry_after=3.0)
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is type(err)
    assert (copy.status, copy.codes, copy.retry_after, str(copy)) == (429, err.codes, 3.0, "slow down")
    assert isinstance(copy, code("billing_service.rate_limited"))


@pytest.mark.parametrize("duplicate", [lambda e: pickle.loads(pickle.dumps(e)), copy.deepcopy, copy.copy])
def test_an_error_keeps_its_attempts_and_notes_through_pickling_and_copying(
    duplicate: Callable[[ECEError], ECEError],
) -> None:
    """A task queue reporting "failed after 4 attempts" must not read 1 on the other side."""
    err = RateLimitedError("slow down", status=429, codes=["billing_service.rate_limited"], retry_after=3.0)
    err.attempts = 4
    err.add_note("while listing deployments")
    copied = duplicate(err)
    assert copied.attempts == 4
    assert copied.__notes__ == ["while listing deployments"]
    assert vars(copied) == vars(err)


async def test_html_error_page_gives_same_type_with_short_excerpt(
    mocked: aioresponses, clock: FakeClock
) -> None:
    page = (
        "<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>"
        "<body><h1>502 Bad Gateway</h1><p>nginx</p>" + "<p>filler text</p>" * 100 + "</body></html>"
    )
    mocked.get(f"{API}/deployments", status=502, body=page, content_type="text/html")
    async with ECEClient(BASE, api_key="key-1234", retry=NO_RETRY, clock=clock) as ece:
        with pytest.raises(ServerError) as info:
            await ece.deployments.list_deployments()
    err = info.value
    assert err.excerpt is not None and len(err.excerpt) <= 200
    assert err.excerpt.startswith("502 Bad Gateway 502 Bad Gateway nginx")
    assert "<" not in err.excerpt and "color:red" not in err.excerpt
    assert err.codes == () and err.errors == ()
    assert err.__cause__ is None and err.__context__ is None


async def test_malformed_json_error_body_gives_same_type(mocked: aioresponses) -> None:
    mocked.get(f"{API}/deployments/abc", status=404, body='{"errors": [', content_type="application/json")
    async with ECEClient(BASE, api_key="key-1234") as ece:
        with pytest.raises(NotFoundError) as info:
            await ece.deployments.get_deployment(deployment_id="abc")
    assert info.value.excerpt == '{"errors": ['
    assert info.value.__context__ is None


async def test_malformed_json_on_success_raises_response_decode_error(mocked: aioresponses) -> None:
    mocked.get(
        f"{API}/deployments/abc", status=200, body="{not json" + "x" * 500, content_type="application/json"
    )
    mocked.get(f"{API}/deployments/def", status=200, payload={"id": "def"})
    async with ECEClient(BASE, api_key="key-1234", retry=NO_RETRY) as ece:
        with pytest.raises(ResponseDecodeError) as info:
            await ece.deployments.get_deployment(deployment_id="abc")
        assert info.value.status == 200
        assert info.value.excerpt is not None and len(info.value.excerpt) <= 200
        assert len(str(info.value)) < 500
        assert info.value.__cause__ is None and info.value.__suppress_context__
        # The generated decoders are tolerant; a parser that does fail is reported the same way.

        def strict(status: int, data: object) -> object:
            raise TypeError(f"no good: {type(data).__name__}")

        with pytest.raises(ResponseDecodeError, match=r"unexpected response shape.*no good: dict") as info:
            await ece.transport.send(Request("GET", "/deployments/def", "get-deployment"), strict)
        cause = info.value.__cause__
        assert isinstance(cause, ScrubbedCause) and cause.original_type is TypeError
        assert "no good" in str(cause) and cause.__traceback__ is None


async def test_transport_errors_are_ece_errors(mocked: aioresponses, clock: FakeClock) -> None:
    mocked.get(f"{API}/deployments", exception=aiohttp.ServerDisconnectedError())
    async with ECEClient(BASE, api_key="key-1234", retry=NO_RETRY, clock=clock) as ece:
        with pytest.raises(ECEConnectionError) as info:
            await ece.deployments.list_deployments()
    assert isinstance(info.value, ConnectionError)  # also the builtin
    assert info.value.status is None
    cause = info.value.__cause__
    assert isinstance(cause, ScrubbedCause) and cause.original_type is aiohttp.ServerDisconnectedError
    assert info.value.__context__ is None


def test_excerpt_is_bounded_and_single_line() -> None:
    assert excerpt(b"a\n\n  b\tc") == "a b c"
    long = excerpt(b"x" * 1000)
    assert len(long) == 200 and long.endswith("…")
    assert excerpt(b"\xff\xfebroken") == "\ufffd\ufffdbroken"
    assert excerpt(b"<p>a &amp; b</p>") == "a & b"


# -- redaction -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://user:pw@h:1/p?a=1", "https://h:1/p?a=1"),
        ("https://h/p?api_key=SEKRET&b=2", "https://h/p?api_key=***&b=2"),
        (
            "https://h/p?password=SEKRET&token=T0K&Signature=x",
            "https://h/p?password=***&token=***&Signature=***",
        ),
        ("https://h/p#frag", "https://h/p"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_redactor_masks_known_secrets_and_forgets_replaced_ones() -> None:
    r = Redactor()
    r.set("token", "tok-aaaa")
    r.set("password", "pw")  # too short to mask safely
    assert r.scrub("x tok-aaaa y pw") == "x *** y pw"
    r.set("token", "tok-bbbb")
    assert r.scrub("tok-aaaa tok-bbbb") == "tok-aaaa ***"
    assert "tok" not in repr(r)


def test_secret_never_shows() -> None:
    s = Secret("hunter2-password")
    assert "hunter2" not in repr(s) and "hunter2" not in str(s) and "hunter2" not in f"{s}"
    assert s.reveal() == "hunter2-password"
    with pytest.raises(TypeError):
        pickle.dumps(s)


async def test_error_messages_never_contain_secrets_the_server_echoes(
    mocked: aioresponses, caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    key = "ApiKeySecretValue123"
    mocked.get(
        f"{API}/deployments",
        status=400,
        payload=error_body("bad.request", f"header Authorization: ApiKey {key} is malformed"),
    )
    mocked.get(
        f"{API}/platform", status=502, body=f"<pre>upstream said {key}</pre>", content_type="text/html"
    )
    caplog.set_level("DEBUG", logger="ece_async")
    async with ECEClient(BASE, api_key=key, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(BadRequestError) as info:
            await ece.deployments.list_deployments()
        with pytest.raises(ServerError) as info2:
            await ece.platform.get_platform()
        texts = [str(info.value), repr(info.value), str(info.value.errors), str(info2.value), repr(ece)]
        texts.append(repr(ece.transport))
    for text in [*texts, caplog.text]:
        assert key not in text
    assert "***" in str(info.value)


async def test_truncated_success_body_is_retried_for_reads_only(mocked: aioresponses) -> None:
    mocked.get(
        f"{API}/deployments/abc", status=200, body='{"id": "abc", "na', content_type="application/json"
    )
    mocked.get(f"{API}/deployments/abc", status=200, payload={"id": "abc", "name": "n"})
    mocked.post(
        f"{API}/deployments/abc/_shutdown", status=200, body='{"id": ', content_type="application/json"
    )
    policy = RetryPolicy(max_attempts=3, backoff_base=0.0, backoff_max=0.0, deadline=None)
    async with ECEClient(BASE, api_key="key-1234", retry=policy) as ece:
        deployment = await ece.deployments.get_deployment(deployment_id="abc")
        assert deployment.name == "n"
        with pytest.raises(ResponseDecodeError) as info:
            await ece.deployments.shutdown_deployment(deployment_id="abc")
        assert info.value.attempts == 1


# -- issue 7: server text in codes and fields, cuts, escaped spellings, unbounded code classes ----------


def redactor_for(*secrets: str) -> Redactor:
    r = Redactor()
    for i, secret in enumerate(secrets):
        r.set(f"s{i}", secret)
    return r


def test_from_response_scrubs_codes_fields_and_the_codes_header_before_splitting_it() -> None:
    secret = "sec,ret-key-5566"
    body = orjson.dumps(
        {"errors": [{"code": f"c.{secret}", "message": f"m {secret}", "fields": [secret, "ok"]}]}
    )
    error = errors.from_response(
        400,
        method="GET",
        url="https://h/api/v1/x",
        header_codes=f"h.{secret}, plain.code",
        content_type="application/json",
        body=body,
        scrub=redactor_for(secret),
    )
    texts = [str(error), repr(error), repr(error.codes), repr(error.errors)]
    for text in texts:
        assert "ret-key" not in text and "sec" not in text.replace("***", ""), text
    assert error.codes == ("h.***", "plain.code", "c.***")
    assert error.errors == (ErrorDetail("c.***", "m ***", ("***", "ok")),)


@pytest.mark.parametrize("html", [False, True])
@pytest.mark.parametrize("offset", [-37, -20, -4, -1, 0, 2])
@pytest.mark.parametrize("kind", [bytes, str])
@pytest.mark.parametrize("edge", ["window", "overhang"])
def test_excerpt_never_shows_the_head_of_a_secret_cut_by_its_window(
    html: bool, offset: int, kind: type, edge: str
) -> None:
    """Around the excerpt's window and around the end of what is scrubbed to make it
    (the window plus the longest spelling of a secret)."""
    secret = "AKIA-0123456789-abcdefghijklmnopqrstuv"  # 38 characters
    window = errors.EXCERPT_WINDOW + (redactor_for(secret).reach if edge == "overhang" else 0)
    if html:  # markup that strips to nothing, so the secret is all an excerpt would show
        filler = "<!--" + "-" * (window + offset - 7) + "-->"
    else:
        filler = " " * (window + offset)
    text = filler + secret + " tail"
    body = text.encode() if kind is bytes else text
    shown = excerpt(body, scrub=redactor_for(secret))
    assert "AKIA" not in shown and "0123" not in shown, shown


def test_excerpt_scrubs_after_stripping_tags_and_collapsing_whitespace() -> None:
    r = redactor_for("two spaces and-a-tab")  # what each body below reads as, once made one line
    for body in (b"<p>two<br/>spaces and-a-tab</p>", b"x two \t spaces\n\nand-a-tab y"):
        assert "spaces" not in excerpt(body, scrub=r), body


def test_the_summary_and_excerpt_cuts_leave_at_most_a_cut_mask() -> None:
    secret = "SECRET-VALUE-0123456789"
    r = redactor_for(secret)
    body = orjson.dumps({"errors": [{"code": "a.b", "message": "x" * 498 + secret}]})
    error = errors.from_response(
        400, method="GET", url="u", header_codes=None, content_type="application/json", body=body, scrub=r
    )
    assert "SECR" not in str(error) and str(error).endswith("x**")
    assert "SECR" not in excerpt(("x" * 195 + secret).encode(), scrub=r)


SPELLED = "p@ss w/rd&<'\"é-4711"


@pytest.mark.parametrize(
    "spelling",
    [
        pytest.param(quote(SPELLED, safe=""), id="percent-upper"),
        pytest.param(
            re.sub("%[0-9A-F]{2}", lambda m: m.group().lower(), quote(SPELLED, safe="")), id="percent-lower"
        ),
        pytest.param(quote_plus(SPELLED).lower().replace("%40", "%40"), id="plus-lower"),
        pytest.param(quote_plus(SPELLED, safe="@/&'"), id="plus-partly"),
        pytest.param("".join(f"%{b:02x}" for b in SPELLED.encode()), id="percent-every-byte"),
        pytest.param(html.escape(SPELLED), id="html"),
        pytest.param("".join(f"&#{ord(c)};" for c in SPELLED), id="html-decimal"),
        pytest.param("".join(f"&#x{ord(c):x};" for c in SPELLED), id="html-hex-lower"),
        pytest.param("".join(f"&#X{ord(c):04X};" for c in SPELLED), id="html-hex-upper-padded"),
        pytest.param(orjson.dumps(SPELLED).decode()[1:-1], id="json"),
        pytest.param(json.dumps(SPELLED)[1:-1], id="json-ascii"),
        pytest.param(json.dumps(SPELLED)[1:-1].replace("\\u00e9", "\\u00E9"), id="json-upper-hex"),
        pytest.param("".join(f"\\u{ord(c):04x}" for c in SPELLED), id="json-every-char"),
        pytest.param(json.dumps(SPELLED).replace("/", "\\/")[1:-1], id="json-slash"),
    ],
)
def test_every_escaped_spelling_of_a_secret_is_masked(spelling: str) -> None:
    r = redactor_for(SPELLED)
    assert r.scrub(f"<<{spelling}>>") == "<<***>>", spelling


def test_escaped_spellings_do_not_mask_other_text() -> None:
    r = redactor_for("abcd-1234")
    assert r.scrub("abcd-1235 ABCD-1234 abcd%2D1234 abcd\\u002d1234") == "abcd-1235 ABCD-1234 *** ***"
    assert r.reach >= len("&#x00002d;")


def test_a_secret_shorter_than_four_characters_is_not_masked_in_any_spelling() -> None:
    r = redactor_for("a b")
    assert r.scrub("a b a+b a%20b") == "a b a+b a%20b"


async def test_a_server_echoing_the_key_in_lowercase_percent_encoding_is_masked(
    mocked: aioresponses, clock: FakeClock
) -> None:
    key = "k3y/with+plus and space=="
    lower = re.sub("%[0-9A-F]{2}", lambda m: m.group().lower(), quote(f"ApiKey {key}", safe=""))
    mocked.get(
        f"{API}/deployments",
        status=500,
        body=f"rejected {lower} and {quote_plus(key)}",
        content_type="text/plain",
    )
    async with ECEClient(BASE, api_key=key, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(ServerError) as info:
            await ece.deployments.list_deployments()
    assert "***" in str(info.value) and "with" not in str(info.value), str(info.value)


def code_classes() -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, errors._CodeMeta))


def test_a_flood_of_unique_codes_creates_a_bounded_number_of_classes(monkeypatch: pytest.MonkeyPatch) -> None:
    # The flood spends the process-wide budget of classes for server codes: give it back afterwards
    # (monkeypatch restores these), or a test that runs later finds no budget left.
    monkeypatch.setattr(errors, "_seen_markers", errors._seen_markers)
    monkeypatch.setattr(errors, "_code_markers", dict(errors._code_markers))
    monkeypatch.setattr(errors, "_combined", dict(errors._combined))
    before = code_classes()
    for i in range(100_000):
        NotFoundError("x", status=404, codes=[f"flood.code_{i}", "flood.common"])
    assert code_classes() - before <= 2 * errors._SEEN_CODES_LIMIT
    # A code a caller asks for still gets its class, and errors built from then on match it.
    late = code("flood.late_code")
    try:
        raise NotFoundError("y", status=404, codes=["flood.late_code", "flood.code_99999"])
    except late as caught:
        assert caught.has_code("flood.late_code") and isinstance(caught, code("flood.code_99999"))


def test_a_code_longer_than_any_ece_code_gets_no_class(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cap counts classes; 1024 classes named by 60 KB codes would keep 300 MB."""
    monkeypatch.setattr(errors, "_seen_markers", 0)
    monkeypatch.setattr(errors, "_code_markers", dict(errors._code_markers))
    huge = "hostile." + "y" * 60_000
    err = NotFoundError("x", status=404, codes=[huge, "length.test_code"])
    assert huge not in errors._code_markers and "length.test_code" in errors._code_markers
    assert err.has_code(huge) and isinstance(err, code(huge))


async def test_documented_codes_are_caught_by_except_even_after_a_flood(
    mocked: aioresponses, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(2 * errors._SEEN_CODES_LIMIT):
        NotFoundError("x", status=404, codes=[f"flood.more_{i}"])
    documented = "deployments.deployment_not_found"  # get-deployment's 404
    monkeypatch.delitem(errors._code_markers, documented, raising=False)  # as if never seen nor asked for
    mocked.get(f"{API}/deployments/abc", status=404, payload=error_body(documented))
    async with ECEClient(BASE, api_key="key-1234", retry=NO_RETRY) as ece:
        try:
            await ece.deployments.get_deployment(deployment_id="abc")
        except code(documented) as caught:
            assert caught.status == 404
        else:
            pytest.fail("not raised")


def test_except_code_matches_an_error_built_before_code_was_first_called(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(errors, "_seen_markers", 0)  # as in a fresh process, whatever tests ran before
    name = f"never.asked_for_{id(object())}"
    error = ServerError("x", status=500, codes=[name, "other.one"])
    try:
        raise error
    except code(name) as caught:  # evaluated only now, after the error was built
        assert caught is error
    assert isinstance(error, code("other.one")) and isinstance(error, ServerError)


WIRE_KEY = "api-key-in-the-headers-4242"  # a global: the test's own frame is in the traceback too


async def test_a_library_bug_on_the_wire_keeps_where_it_came_from_but_not_the_frames_locals(
    mocked: aioresponses, clock: FakeClock
) -> None:
    import sys
    import traceback

    mocked.get(f"{API}/deployments", exception=ValueError("boom inside the library"))
    async with ECEClient(BASE, api_key=WIRE_KEY, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(ValueError, match="boom inside the library") as info:
            await ece.deployments.list_deployments()
    summary = traceback.TracebackException.from_exception(info.value, capture_locals=True)
    shown = "".join(summary.format())
    assert WIRE_KEY not in shown and "_run" in shown and "_exchange" not in [f.name for f in summary.stack]
    if sys.version_info >= (3, 11):  # the dropped frames' lines stay, as a note
        assert "_exchange" in "".join(info.value.__notes__)


def test_a_calls_secret_values_do_not_rebuild_the_clients_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long token's pattern takes ~100 ms to build: once per token, never once per call."""
    import ece_async.redact as redact

    token = "eyJ" + "x" * 1600
    client = Redactor()
    client.set("token", token)
    assert client.scrub(f"t={token}") == "t=***"
    built: list[str] = []
    real = redact.secret_pattern
    monkeypatch.setattr(redact, "secret_pattern", lambda secret: built.append(secret) or real(secret))
    for index in range(3):
        call = client.with_values([f"query-secret-{index}"])
        assert call.scrub(f"{token} query-secret-{index}") == "*** ***"
    assert token not in built and len(built) == 3


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("pre-api-key-0123-post", "echo pre-api-key-0123-post!"),  # a value holding the client's secret
        ("key-01", "echo api-key-0123 and key-01!"),  # a value inside it, and on its own
    ],
)
def test_a_calls_values_and_the_clients_secrets_are_each_masked_whole(value: str, text: str) -> None:
    client = Redactor()
    client.set("api_key", "api-key-0123")
    scrubbed = client.with_values([value]).scrub(text)
    assert "key" not in scrubbed and "pre" not in scrubbed and "post" not in scrubbed
    assert scrubbed.startswith("echo ***") and scrubbed.endswith("***!")


# -- issue 17, item 18: control characters never reach error messages ----------------------------------

CONTROLS = "\x00\x01\x07\x08\x0b\x1b[2J\x7f\x9b\u200b\u202e\u2028\ufeff"


@pytest.mark.parametrize("content_type", ["text/plain", "text/html", "application/json"])
async def test_control_characters_of_a_gzip_encoded_500_body_never_reach_the_error(
    servers: LocalServers, content_type: str
) -> None:
    if content_type == "application/json":
        document = {
            "errors": [{"code": "root.internal", "message": f"bad{CONTROLS}thing", "fields": [CONTROLS]}]
        }
        body = orjson.dumps(document)
    else:
        body = f"<p>bad{CONTROLS}thing</p>".encode()

    async def fail(request: web.Request) -> web.Response:
        headers = {"Content-Encoding": "gzip", "Content-Type": content_type}
        return web.Response(status=500, body=gzip.compress(body), headers=headers)

    base = await servers.start([("GET", "/deployments", fail)])
    async with ECEClient(base, api_key="key-1234", retry=NO_RETRY) as ece:
        with pytest.raises(ServerError) as info:
            await ece.deployments.list_deployments()
    error = info.value
    assert "bad" in str(error) and "thing" in str(error)
    shown = [str(error), repr(error), error.excerpt or "", *(d.message for d in error.errors)]
    shown += [field for detail in error.errors for field in detail.fields]
    assert all(text.isprintable() for text in shown), shown


def test_an_excerpt_is_printable_text() -> None:
    assert excerpt(f"a{CONTROLS}b\tc\nd".encode()) == "a [2J b c d"


def test_a_scrubbed_cause_of_a_type_pickle_cannot_import_travels_by_name() -> None:
    class LocalError(Exception):
        pass

    cause = ScrubbedCause(LocalError("x"), "scrubbed ***")
    copied = pickle.loads(pickle.dumps(cause))
    assert copied.type_name == cause.type_name and copied.type_name.endswith("LocalError")
    assert str(copied) == "scrubbed ***" and copied.original_type is Exception
    assert copy.deepcopy(cause).original_type is LocalError  # a copy in-process keeps the type
