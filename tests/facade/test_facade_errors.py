"""The error hierarchy: status classes, error codes, odd bodies, redaction."""

from __future__ import annotations

import pickle

import aiohttp
import pytest
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

from .facade_support import API, BASE, FakeClock, error_body


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


def test_errors_pickle_round_trip_including_code_classes() -> None:
    err = RateLimitedError("slow down", status=429, codes=["billing_service.rate_limited"], retry_after=3.0)
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is type(err)
    assert (copy.status, copy.codes, copy.retry_after, str(copy)) == (429, err.codes, 3.0, "slow down")
    assert isinstance(copy, code("billing_service.rate_limited"))


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
