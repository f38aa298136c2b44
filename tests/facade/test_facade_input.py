"""What a caller can get wrong, refused where it is given: header injection through the user agent
or a content type, settings of the wrong type or out of range, bodies JSON cannot carry.

Wire behaviour against real aiohttp servers on 127.0.0.1 (nothing may reach them); settings are
checked at construction, without a loop."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import AsyncIterator, Sequence
from typing import Any

import pytest
from aiohttp import web

from ece_async import (
    ConfigurationError,
    ECEClient,
    ECEError,
    ECETransport,
    Hooks,
    RequestEncodeError,
    RetryPolicy,
    Timeout,
)
from ece_async._config import Settings
from ece_async._generated import File
from ece_async.models import UploadExtensionBody

from .facade_support import LocalServers, exception_chain_texts, json_response

URL = "https://ece.example:12443"
SECRET = "key-s3cret-1234"
INJECTIONS = ["a/b\r\nX-Injected: 1", "a/b\nX: y", "a/b\x00"]


class Counting:
    """A server on 127.0.0.1 that answers everything and counts what reached it."""

    def __init__(self) -> None:
        self.requests = 0
        self.bodies: list[bytes] = []

    async def handler(self, request: web.Request) -> web.Response:
        self.requests += 1
        self.bodies.append(await request.read())
        return json_response({})


@pytest.fixture
async def counting(servers: LocalServers) -> AsyncIterator[tuple[str, Counting]]:
    server = Counting()
    base = await servers.start([("*", "/{tail:.*}", server.handler)])
    yield base, server


# -- CR/LF in the user agent and content types ------------------------------------------------------


@pytest.mark.parametrize("agent", INJECTIONS)
def test_a_line_break_in_the_user_agent_is_a_configuration_error(agent: str) -> None:
    with pytest.raises(ConfigurationError, match="user_agent"):
        ECEClient(URL, api_key=SECRET, user_agent=agent)


CONTROLS = ["agent\x0bx", "agent\x1bx", "agent\x7f", "agent\x08"]


@pytest.mark.parametrize("agent", CONTROLS)
def test_any_control_character_in_the_user_agent_or_a_credential_is_refused_at_construction(
    agent: str,
) -> None:
    """aiohttp refuses these only when sending, as a bare ValueError, on every call."""
    with pytest.raises(ConfigurationError, match=r"user_agent.*control character"):
        ECEClient(URL, api_key=SECRET, user_agent=agent)
    for credentials in ({"api_key": agent}, {"token": agent}):
        with pytest.raises(ConfigurationError, match="control character"):
            ECEClient(URL, **credentials)


BAD_HEADERS = [
    ({"X-Note": "a\x0bb"}, "header value"),
    ({"X-Note": "a\x1b[2Jb"}, "header value"),
    ({"X Note": "v"}, "header name"),
    ({"X-Note:": "v"}, "header name"),
    ({"X:Note": "v"}, "header name"),
    ({"": "v"}, "header name"),
    ({"X-Nöte": "v"}, "header name"),
]


@pytest.mark.parametrize(("headers", "what"), BAD_HEADERS)
async def test_one_rule_refuses_bad_header_names_and_values_before_anything_is_sent(
    counting: tuple[str, Counting], headers: dict[str, str], what: str
) -> None:
    base, server = counting
    async with ECEClient(base, api_key=SECRET) as ece:
        with pytest.raises(RequestEncodeError, match=what) as info:
            await ece.request("GET", "/custom", headers=headers)
        assert isinstance(info.value, ECEError)
        await ece.request("GET", "/custom", headers={"X-Note": "tabs\tand non-ASCII é are fine"})
    assert server.requests == 1


@pytest.mark.parametrize("content_type", INJECTIONS)
async def test_a_line_break_in_a_raw_requests_content_type_is_a_request_encode_error(
    counting: tuple[str, Counting], content_type: str
) -> None:
    base, server = counting
    async with ECEClient(base, api_key=SECRET) as ece:
        with pytest.raises(RequestEncodeError, match="line break") as info:
            await ece.request("PUT", "/custom", content=b"x", content_type=content_type)
        assert isinstance(info.value, ECEError) and info.value.attempts in (None, 0, 1)
        with pytest.raises(RequestEncodeError, match="line break"):
            await ece.platform.set_extra_certificate(cert_id="c1", body="pem", content_type=content_type)
    assert server.requests == 0


@pytest.mark.parametrize("where", ["mime_type", "file_name"])
async def test_a_line_break_in_an_uploaded_files_headers_is_a_request_encode_error(
    counting: tuple[str, Counting], where: str
) -> None:
    base, server = counting
    bad = {"file_name": "ext.zip", "mime_type": "application/zip", where: "x\r\nX-Injected: 1"}
    body = UploadExtensionBody(file=File(b"PK\x03\x04", **bad))
    async with ECEClient(base, api_key=SECRET) as ece:
        with pytest.raises(RequestEncodeError, match="line break"):
            await ece.extensions.upload_extension(extension_id="e1", body=body)
    assert server.requests == 0


# -- numbers: timeouts and the other numeric settings ------------------------------------------------

#: Ints no float can hold: they passed the range checks and overflowed in ``math.isfinite`` (and
#: the second one has more digits than ``repr`` shows by default).
HUGE = [10**400, 10**5000]
BAD_SECONDS = [0, -1, -0.5, math.nan, math.inf, -math.inf, "5", True, b"5"]


@pytest.mark.parametrize("field", ["total", "connect", "read"])
@pytest.mark.parametrize("value", BAD_SECONDS, ids=repr)
def test_timeout_fields_must_be_positive_finite_numbers(field: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=f"Timeout.{field}") as info:
        Timeout(**{field: value})
    shown = str(info.value)
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    assert (repr(value) in shown) if number else (type(value).__name__ in shown)


@pytest.mark.parametrize("value", HUGE, ids=["400-digits", "5000-digits"])
def test_a_timeout_no_float_can_hold_is_a_configuration_error(value: int) -> None:
    with pytest.raises(ConfigurationError, match=r"Timeout\.total"):
        Timeout(total=value)
    with pytest.raises(ConfigurationError, match="timeout"):
        ECEClient(URL, api_key=SECRET, timeout=value)


def test_good_timeouts_are_kept() -> None:
    assert Timeout(total=5, connect=None, read=0.5) == Timeout(total=5.0, connect=None, read=0.5)
    assert Timeout(total=None).total is None


@pytest.mark.parametrize("value", BAD_SECONDS, ids=repr)
def test_a_timeout_given_as_a_number_is_checked_too(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        ECEClient(URL, api_key=SECRET, timeout=value)
    ece = ECEClient(URL, api_key=SECRET)
    with pytest.raises(ConfigurationError, match="timeout"):
        ece.options(timeout=value).__enter__()


@pytest.mark.parametrize(
    ("setting", "values"),
    [
        ("max_concurrency", [0, -1, 2.5, math.nan, "10", True, None]),
        ("rate_limit", [0, -1, math.nan, math.inf, "10", True, *HUGE]),
        ("rate_burst", [0, 0.5, math.nan, math.inf, "2", True, *HUGE]),
        ("max_response_bytes", [0, -1, 1.5, math.nan, "1000", True]),
    ],
)
def test_numeric_client_settings_are_checked_at_construction(setting: str, values: list[Any]) -> None:
    for value in values:
        with pytest.raises(ConfigurationError, match=setting):
            ECEClient(URL, api_key=SECRET, **{setting: value})


@pytest.mark.parametrize(
    "limits", [{"deployments": 0}, {"deployments": "2"}, {"deployments": True}, {1: 2}, [1]]
)
def test_group_limits_are_checked_at_construction(limits: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"group_limits|group limit"):
        ECEClient(URL, api_key=SECRET, group_limits=limits)


@pytest.mark.parametrize(
    ("setting", "values"),
    [
        ("max_attempts", [0, -1, 2.5, "3", True, math.nan]),
        ("deadline", [-1, math.nan, math.inf, "10", True, *HUGE]),
        ("backoff_base", [-1, math.nan, math.inf, "1", True, *HUGE]),
        ("backoff_max", [-1, math.nan, math.inf, "1", True, *HUGE]),
        ("retry_after_jitter", [-1, math.nan, math.inf, "1", True, *HUGE]),
        ("max_retry_after", [-1, math.nan, math.inf, "60", True, *HUGE]),
        ("retry_budget", [-1, math.nan, math.inf, "500", True, *HUGE]),
    ],
)
def test_retry_policy_numbers_are_checked(setting: str, values: list[Any]) -> None:
    for value in values:
        with pytest.raises(ConfigurationError, match=setting):
            RetryPolicy(**{setting: value})


def test_good_retry_policies_are_kept() -> None:
    policy = RetryPolicy(max_attempts=1, deadline=None, backoff_base=0, max_retry_after=0, retry_budget=None)
    assert policy.max_retry_after == 0.0 and policy.retry_budget is None
    assert RetryPolicy(max_retry_after=5).max_retry_after == 5.0


# -- wrong types ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"api_key": 123},
        {"api_key": b"key-s3cret-1234"},
        {"token": 123},
        {"password": 123, "username": "admin"},
        {"username": 123, "password": "key-s3cret-1234"},
        {"auth": "key-s3cret-1234"},
        {"session": "session"},
        {"retry": 3},
        {"retry": {"max_attempts": 3}},
        {"hooks": 123},
        {"hooks": "hooks"},
        {"hooks": [Hooks(), "hooks"]},
        {"hooks": lambda event: None},
        {"user_agent": 123},
        {"clock": 123},
        {"verify_ssl": "no"},
        {"ca_file": 123},
        {"ssl_context": True},
        {"trust_env": "yes"},
        {"timeout": {"total": 5}},
    ],
    ids=lambda kwargs: ",".join(f"{k}={type(v).__name__}" for k, v in kwargs.items()),
)
def test_settings_of_the_wrong_type_are_configuration_errors_naming_the_parameter(
    kwargs: dict[str, Any],
) -> None:
    given = dict(kwargs)
    given.setdefault("api_key", SECRET) if not ({"token", "username", "auth"} & set(given)) else None
    with pytest.raises(ConfigurationError) as info:
        ECEClient(URL, **given)
    name = next(iter(kwargs))
    assert name in str(info.value)
    assert "\n" not in str(info.value)
    assert not [text for text in exception_chain_texts(info.value, frames=False) if "s3cret" in text]


def test_a_transport_checks_its_settings_too() -> None:
    with pytest.raises(ConfigurationError, match="max_concurrency"):
        Settings(URL, max_concurrency="10")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="timeout"):
        Settings(URL, timeout="5")
    with pytest.raises(ConfigurationError, match="auth"):
        ECETransport(Settings(URL), auth="key")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="settings"):
        ECETransport(URL)  # type: ignore[arg-type]


def test_options_check_their_types() -> None:
    ece = ECEClient(URL, api_key=SECRET)
    with pytest.raises(ConfigurationError, match="retry"):
        ece.options(retry=3).__enter__()  # type: ignore[arg-type]


def test_good_settings_still_construct() -> None:
    ECEClient(
        URL,
        api_key=SECRET,
        timeout=5,
        max_concurrency=4,
        rate_limit=2.5,
        rate_burst=2,
        group_limits={"deployments": 1},
        hooks=[Hooks()],
        user_agent="my-tool/1.0",
        max_response_bytes=1024,
        retry=RetryPolicy(deadline=0),
    )
    ECEClient(URL, timeout=Timeout(total=None, connect=1))


class _HookList(Sequence[Hooks]):
    """A sequence that is neither a list nor a tuple: the signature says ``Sequence[Hooks]``."""

    def __init__(self, *hooks: Hooks) -> None:
        self._hooks = hooks

    def __getitem__(self, index: Any) -> Any:
        return self._hooks[index]

    def __len__(self) -> int:
        return len(self._hooks)


def test_hooks_in_any_sequence_are_taken() -> None:
    seen: list[object] = []
    ece = ECEClient(URL, api_key=SECRET, hooks=_HookList(Hooks(on_request_start=seen.append)))
    assert ece._transport._hooks is not None
    assert ECEClient(URL, api_key=SECRET, hooks=_HookList())._transport._hooks is None


# -- bodies JSON cannot carry ------------------------------------------------------------------------------


@dataclasses.dataclass
class _Point:
    """orjson writes dataclasses as objects, NaN fields included (as ``null``)."""

    x: float
    y: float


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize(
    ("body", "path"),
    [
        (lambda bad: bad, "$"),
        (lambda bad: {"a": {"b": [1, 2, bad]}}, "$.a.b[2]"),
        (lambda bad: {"a": None, "n": bad}, "$.n"),
        (lambda bad: [{"x": (1.0, bad)}], "$[0].x[1]"),
        (lambda bad: {"p": _Point(1.0, bad)}, "$.p.y"),
    ],
    ids=["top", "nested", "beside-null", "tuple", "dataclass"],
)
async def test_a_non_finite_number_in_a_json_body_is_a_request_encode_error_naming_its_path(
    counting: tuple[str, Counting], bad: float, body: Any, path: str
) -> None:
    base, server = counting
    async with ECEClient(base, api_key=SECRET) as ece:
        with pytest.raises(RequestEncodeError) as info:
            await ece.request("POST", "/custom", json=body(bad))
    assert path in str(info.value)
    assert server.requests == 0


async def test_a_generated_operations_body_with_nan_is_refused(counting: tuple[str, Counting]) -> None:
    from ece_async.models import SearchRequest

    base, server = counting
    body = SearchRequest.from_dict({"size": 1, "query": {"match_all": {"boost": math.nan}}})
    async with ECEClient(base, api_key=SECRET) as ece:
        with pytest.raises(RequestEncodeError, match="boost"):
            await ece.deployments.search_deployments(body=body)
    assert server.requests == 0


async def test_nulls_and_finite_floats_go_through_unchanged(counting: tuple[str, Counting]) -> None:
    base, server = counting
    async with ECEClient(base, api_key=SECRET) as ece:
        await ece.request("POST", "/custom", json={"a": None, "f": 1.5, "big": 1e308, "l": [None, -0.0]})
    assert server.bodies == [b'{"a":null,"f":1.5,"big":1e+308,"l":[null,-0.0]}']
