"""How requests authenticate: an API key, a bearer token, or a username and password.

API keys never expire from the client's point of view.  Tokens (JWTs from
``POST /users/auth/_login``) do, so token auth keeps one token for the whole
client and renews it:

* **advisory window** (default: the last 5 minutes of its life): the first
  request to notice tries ``POST /users/auth/_refresh``; if that fails the
  token is still good, so the failure is logged and the requests go on with
  the old token (the next attempt waits ``advisory_retry_interval``);
* **mandatory window** (default: the last minute) or expired: requests wait
  for the renewal, and its failure is raised.  A request is never sent with a
  token known to be expired;
* a **401** on a request renews once for every request that got it (single
  flight: concurrent 401s share one refresh) and each such request is replayed
  once with the new token;
* a 401 on the token obtained by such a renewal, before any request with it got
  through, means renewing does not help (a server whose replicas do not know the
  token yet, an API that refuses every token): it does not renew again per call.
  Those calls fail with :class:`AuthenticationError` and renewals for 401s pause
  for ``login_cooldown`` (doubling per renewed token refused, to 10 minutes);
  meanwhile the token stays in use, and the first request it gets through ends
  the pause.

Renewal tries a refresh first (unless the token has already expired: refreshing
needs a live one) and, when that fails and credentials are known, a fresh
login.  One renewal runs at a time, for everybody; after a failed one, no new
attempt starts for a backoff (1 s, doubling to 30 s) and calls that need one
get the same failure at once.  A login the server *rejects* (401/403: a wrong
password) pauses logins for ``login_cooldown`` (30 s, doubling per rejection to
10 minutes), so a misconfigured service cannot lock its account.  The renewal
runs in its own context, with the client's settings, not the triggering call's.

Expiry is measured on the local monotonic clock from when the token arrived:
its lifetime is ``exp - iat`` from the JWT (read without verifying the
signature: the server verifies, the client only schedules), or ``exp`` minus
the response's ``Date`` when there is no ``iat``, so a server clock minutes
apart from ours does not matter.  A token handed in by the caller is judged by
``exp`` against the local clock (nothing better is known); one whose expiry
cannot be read is assumed to live ``token_lifetime`` seconds from when it was
obtained (a token handed in: until a 401).  Windows shrink for short-lived
tokens (at most half and a quarter of the token's lifetime), and a token just
obtained is always used, however short its life.  One obtained already expired by
its own claims (``exp`` at or before ``iat``, or a ``Date`` hours past ``exp``: the
token's issuer and the answering server disagree on the time) is used until the
server rejects it: renewing it early would fetch another such token per call; its
401s renew it like any token's, with the pause above when the renewed one is
refused too.

Which failures are what: a refresh or login the server rejects raises
:class:`AuthenticationError`; one that fails otherwise (a 503, a dropped
connection) raises that error (:class:`ServerError`, ...), which the call retries
like any other, since its own request never left.

Credentials are held as :class:`~ece_async.redact.Secret` and never appear in
``repr`` or logs.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextvars
import logging
import math
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

from ._generated import (
    Request,
    Response,
    login_request,
    parse_token_response,
    refresh_token_request,
)
from ._settings import header_setting
from .clock import Clock, SystemClock
from .errors import (
    APIError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    ECEError,
    ResponseDecodeError,
    detach,
)
from .redact import Redactor, Secret

__all__ = ["ApiKeyAuth", "Auth", "BearerTokenAuth", "PasswordAuth", "jwt_claims"]

logger = logging.getLogger("ece_async")

#: Sends login or refresh: no client credentials, the given ``Authorization`` value (or none).
AuthSender = Callable[[Request, Callable[[int, Any], Any], "str | None"], Awaitable[Response[Any]]]

#: The backoff after a failed renewal: first wait and cap, in seconds.
RENEWAL_BACKOFF = 1.0
RENEWAL_BACKOFF_MAX = 30.0
#: The longest pause of logins after repeated rejections.
LOGIN_COOLDOWN_MAX = 600.0
#: Statuses that mean "these credentials are wrong", not "try again later".
_REJECTED = frozenset({401, 403})


def jwt_claims(token: str) -> dict[str, Any] | None:
    """The payload of a JWT, without verifying it; ``None`` if ``token`` is not a readable JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1]
    try:
        claims = orjson.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, binascii.Error, orjson.JSONDecodeError):
        return None
    return claims if isinstance(claims, dict) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _http_date(value: str | None) -> float | None:
    """Unix time of an HTTP ``Date`` header, or ``None``."""
    if not value:
        return None
    from email.utils import parsedate_to_datetime  # rarely needed: keep it off the import path

    try:
        return parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _backoff(first: float, cap: float, failures: int) -> float:
    """``first``, doubled per consecutive failure after the first, at most ``cap``."""
    return float(min(first * 2 ** min(failures - 1, 30), cap))


def _rejected(error: ECEError) -> bool:
    return isinstance(error, AuthenticationError) or (
        isinstance(error, APIError) and error.status in _REJECTED
    )


def _token_of(operation_id: str) -> Callable[[int, Any], str]:
    """A response parser for login/refresh that returns the token itself."""

    def token(status: int, data: Any) -> str:
        value = getattr(parse_token_response(operation_id, status, data), "token", None)
        if not isinstance(value, str) or not value:
            raise ResponseDecodeError("the token response carries no token", status=status)
        return value

    return token


_LOGIN_TOKEN = _token_of("login")
_REFRESH_TOKEN = _token_of("refresh-token")


class Auth:
    """Base of the authentication strategies; one instance serves one client.

    The client calls :meth:`header_now` on every request (it must be cheap) and
    awaits :meth:`header` only when that returns ``None``.
    """

    #: Whether a 401 can be cured by renewing credentials (and the request replayed).
    renewable: bool = False

    def bind(self, sender: AuthSender, clock: Clock, redactor: Redactor) -> None:
        """Attach to the client that will use this auth (called once, by the client)."""
        bound = getattr(self, "_bound", False)
        if bound:
            raise ConfigurationError(f"{type(self).__name__} is already used by another client")
        self._bound = True

    def static_header(self) -> str | None:
        """The ``Authorization`` value if it never changes (it then goes into the session's defaults)."""
        return None

    def header_now(self) -> str | None:
        """The ``Authorization`` value if usable right now without waiting, else ``None``."""
        raise NotImplementedError

    async def header(self) -> str | None:
        """The ``Authorization`` value to send, renewing credentials first if needed."""
        return self.header_now()

    async def on_unauthorized(self, used: str | None) -> None:
        """A request sent with ``used`` got a 401: renew so it can be replayed (or raise)."""
        raise AuthenticationError("the server rejected the credentials (401)", status=401)

    def accepted(self, used: str) -> None:
        """A request sent with ``used`` got through (not a 401).  Called on every success of a
        non-static credential, so it must be cheap."""

    async def aclose(self) -> None:
        """Stop background work (a pending renewal)."""


class ApiKeyAuth(Auth):
    """``Authorization: ApiKey <key>``: the usual choice for services."""

    def __init__(self, api_key: str) -> None:
        if not api_key:
            raise ConfigurationError("api_key must not be empty")
        header_setting("api_key", api_key)
        self._api_key = Secret(api_key)
        self._header = Secret(f"ApiKey {api_key}")

    def bind(self, sender: AuthSender, clock: Clock, redactor: Redactor) -> None:
        super().bind(sender, clock, redactor)
        redactor.set("api_key", self._api_key.reveal())

    def static_header(self) -> str:
        return self._header.reveal()

    def header_now(self) -> str:
        return self._header.reveal()

    async def header(self) -> str:
        return self._header.reveal()

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key=***)"


class _TokenAuth(Auth):
    renewable = True

    def __init__(
        self,
        *,
        advisory_window: float,
        mandatory_window: float,
        token_lifetime: float | None,
        advisory_retry_interval: float,
        login_cooldown: float = 30.0,
    ) -> None:
        if advisory_window < mandatory_window or mandatory_window < 0:
            raise ConfigurationError("need advisory_window >= mandatory_window >= 0")
        if login_cooldown < 0:
            raise ConfigurationError("login_cooldown must not be negative")
        self._advisory_window = advisory_window
        self._mandatory_window = mandatory_window
        self._token_lifetime = token_lifetime
        self._advisory_retry_interval = advisory_retry_interval
        self._login_cooldown = login_cooldown
        self._token: Secret | None = None
        self._header: Secret | None = None
        # Deadlines on the local monotonic clock.
        self._expires_at = -math.inf
        self._advisory_at = -math.inf
        self._mandatory_at = -math.inf
        self._advisory_not_before = -math.inf
        self._renewal: asyncio.Task[None] | None = None
        # The last failed renewal, shared by every call until ``_retry_at``.
        self._failure: ECEError | None = None
        self._failures = 0
        self._retry_at = -math.inf
        # The last rejected login: no new login before ``_login_at``.
        self._rejection: AuthenticationError | None = None
        self._rejections = 0
        self._login_at = -math.inf
        # Token generations (one per token installed), to tell a renewed token refused in turn.
        self._generation = 0
        self._cure = -1  # the generation obtained by renewing for a 401, until one request passes
        self._refused = -1  # the generation whose refusal started the current pause
        self._refusals = 0
        self._refused_until = -math.inf
        self._refusal: AuthenticationError | None = None
        self._closed = False
        self._sender: AuthSender | None = None
        self._clock: Clock = SystemClock()
        self._redactor: Redactor | None = None
        #: How many renewals (refresh or login) succeeded: for metrics and tests.
        self.renewals = 0

    # -- state ---------------------------------------------------------------------------------

    def bind(self, sender: AuthSender, clock: Clock, redactor: Redactor) -> None:
        super().bind(sender, clock, redactor)
        self._sender = sender
        self._clock = clock
        self._redactor = redactor
        if self._token is not None:
            redactor.set("token", self._token.reveal())
            # A token handed in was timed before the clock was known: time it again.
            self._install(self._token.reveal(), obtained=False)

    @property
    def expires_at(self) -> float | None:
        """Unix time the current token expires (``None``: no token, or expiry unknown)."""
        if self._token is None or not math.isfinite(self._expires_at):
            return None
        return self._clock.time() + (self._expires_at - self._clock.monotonic())

    def _install(self, token: str, *, obtained: bool, server_date: float | None = None) -> None:
        """Make ``token`` current and time its windows (see the module docstring)."""
        now = self._clock.monotonic()
        remaining, span = self._lifetime(token, obtained=obtained, server_date=server_date)
        if obtained and remaining <= 0:
            # Expired on arrival by its own claims (exp == iat, clocks hours apart): renewing would
            # only fetch another such token, once per call.  The server decides: it is used until
            # refused, and a 401 renews it as for any token (renewals refused in turn pause).
            logger.warning(
                "ece_async: the new token has expired by its own claims (exp at or before iat, or "
                "the server's clock far from the token's); it is used until the server rejects it"
            )
            remaining = span = math.inf
        remaining = max(remaining, 0.0)
        self._expires_at = now + remaining
        self._advisory_at = self._expires_at - min(self._advisory_window, span / 2)
        self._mandatory_at = self._expires_at - min(self._mandatory_window, span / 4)
        if self._redactor is not None:
            previous = self._token.reveal() if self._token is not None else None
            if previous != token:
                self._redactor.set("previous_token", previous)
            self._redactor.set("token", token)
        self._token = Secret(token)
        self._header = Secret(f"Bearer {token}")
        self._advisory_not_before = -math.inf
        self._generation += 1

    def _lifetime(self, token: str, *, obtained: bool, server_date: float | None) -> tuple[float, float]:
        """Seconds ``token`` has left (may be negative) and its whole lifetime, from its claims."""
        claims = jwt_claims(token)
        exp = _number(claims.get("exp")) if claims else None
        issued = _number(claims.get("iat")) if claims else None
        if exp is None:
            remaining = self._token_lifetime if obtained and self._token_lifetime is not None else math.inf
            return remaining, remaining
        if issued is not None and issued > exp:
            issued = None
        if obtained and issued is not None:
            remaining = exp - issued
        elif obtained and server_date is not None:
            remaining = exp - server_date
        else:
            remaining = exp - self._clock.time()
        return remaining, (exp - issued if issued is not None else max(remaining, 0.0))

    def header_now(self) -> str | None:
        if self._header is not None and self._clock.monotonic() < self._advisory_at:
            return self._header.reveal()
        return None

    async def header(self) -> str:
        now = self._clock.monotonic()
        if self._header is not None and now < self._mandatory_at:
            if now >= self._advisory_at and self._renewal is None and now >= self._advisory_not_before:
                try:
                    await self._renew()
                except ECEError as exc:
                    self._advisory_not_before = now + self._advisory_retry_interval
                    logger.warning(
                        "ece_async: token renewal failed; the current token stays in use "
                        "(expires in %.0f s): %s",
                        self._expires_at - now,
                        exc,
                    )
            return self._header.reveal()
        await self._renew()
        header = self._header
        assert header is not None, "a renewal that succeeds installs a token"
        return header.reveal()  # just obtained: used even if its life is shorter than the windows

    async def on_unauthorized(self, used: str | None) -> None:
        renewed = self._renewed_since(used)
        del used  # a header value: tracebacks capture this frame's locals
        if renewed:
            return  # somebody renewed since this request went out: just replay
        if self._cure == self._generation:
            self._refuse_cure()  # raises, unless this refusal's pause is over
        if self._renewal is None:
            # The server says this token is no good, whatever its exp claims: nobody uses it again.
            self._advisory_at = self._mandatory_at = -math.inf
        await self._renew()
        self._cure = self._generation

    def _refuse_cure(self) -> None:
        """The token renewed for a 401 got a 401 too: renewing again would not help.

        Raises (a copy of) the refusal for everybody until the pause ends; the first 401
        after it returns, so that one renewal is tried again.
        """
        if self._refused != self._generation:
            self._refused = self._generation
            self._refusals += 1
            pause = _backoff(self._login_cooldown, LOGIN_COOLDOWN_MAX, self._refusals)
            self._refused_until = self._clock.monotonic() + pause
            self._refusal = AuthenticationError(
                "the server rejected the credentials (401) again right after they were renewed "
                f"for a 401; no renewal for 401s for {pause:.0f} s (the token stays in use)",
                status=401,
            )
        elif self._clock.monotonic() >= self._refused_until:
            return
        assert self._refusal is not None
        raise detach(self._refusal.clone(), None)

    def accepted(self, used: str) -> None:
        if self._cure == self._generation:
            header = self._header
            if header is not None and used == header.reveal():
                # The renewed token works: 401s renew again at once, and pauses start over.
                self._cure = self._refused = -1
                self._refusals = 0
                self._refusal = None

    def _renewed_since(self, used: str | None) -> bool:
        """Whether a live token other than ``used`` is current."""
        header = self._header
        if header is None or self._clock.monotonic() >= self._expires_at:
            return False
        return used != header.reveal()

    # -- renewal -------------------------------------------------------------------------------

    async def _renew(self) -> None:
        """Renew once for everybody who asks while a renewal is in progress (single flight).

        After a failure, callers get (a copy of) it without a new attempt until the backoff ends.
        """
        if self._closed:
            raise ClientClosedError("the client is closed")
        task = self._renewal
        if task is None:
            if self._failure is not None and self._clock.monotonic() < self._retry_at:
                raise detach(self._failure.clone(), self._failure.__cause__)
            # A context of its own: the renewal serves every caller, so it must not run with the
            # options(), deadlines or tracing context of the one that happened to trigger it.
            loop = asyncio.get_running_loop()
            task = contextvars.Context().run(loop.create_task, self._renew_once())
            self._renewal = task
            task.add_done_callback(self._renewal_done)
        failure: ECEError
        try:
            await asyncio.shield(task)
            return
        except asyncio.CancelledError:
            if not self._closed:
                raise
            failure = ClientClosedError("the client was closed while renewing its token")
        except ECEError as exc:
            failure = exc
        # Raised outside the handler (no __context__), as a copy: many callers raise it at once.
        raise detach(failure.clone(), failure.__cause__)

    def _renewal_done(self, task: asyncio.Task[None]) -> None:
        if self._renewal is task:
            self._renewal = None
        if not task.cancelled():
            task.exception()  # retrieved here: waiters may all have gone away

    async def _renew_once(self) -> None:
        try:
            await self._do_renew()
        except ECEError as exc:
            self._failures += 1
            self._failure = exc
            self._retry_at = self._clock.monotonic() + _backoff(
                RENEWAL_BACKOFF, RENEWAL_BACKOFF_MAX, self._failures
            )
            raise
        self._failures = 0
        self._failure = None
        self._retry_at = -math.inf

    async def _do_renew(self) -> None:
        failure: ECEError | None = None
        if self._token is not None and self._clock.monotonic() >= self._expires_at:
            # Refreshing needs a live token: never send one known to be expired.
            failure = AuthenticationError("the token has expired")
        elif self._token is not None:
            try:
                await self._obtain(self._refresh(self._token))
            except ECEError as exc:
                failure = exc
                logger.debug("ece_async: token refresh failed: %s", exc)
            else:
                logger.debug("ece_async: token refreshed")
                return
        if self._can_login():
            await self._obtain(self._login_unless_cooling_down())
            logger.debug("ece_async: logged in")
            return
        if failure is None:
            raise AuthenticationError("no token and no credentials to obtain one")
        if not _rejected(failure):
            raise failure  # a 503, a dropped connection: what it is, retried as such
        raise detach(
            AuthenticationError(
                f"the token expired or was rejected and could not be refreshed: {failure}",
                status=failure.status,
                codes=failure.codes,
                method=failure.method,
                url=failure.url,
            ),
            failure,
        )

    async def _obtain(self, request: Awaitable[Response[str]]) -> None:
        response = await request
        self._install(response.parsed, obtained=True, server_date=_http_date(response.headers.get("Date")))
        self.renewals += 1

    def _can_login(self) -> bool:
        return False

    async def _login_unless_cooling_down(self) -> Response[str]:
        """Log in, unless the last login was rejected and its cool-down is not over."""
        if self._rejection is not None and self._clock.monotonic() < self._login_at:
            raise detach(self._rejection.clone(), None)
        try:
            response = await self._login()
        except ECEError as exc:
            failure = exc
        else:
            self._rejection = None
            self._rejections = 0
            return response
        if not _rejected(failure):
            raise failure  # a 503 on login is a ServerError, retried as such
        self._rejections += 1
        cooldown = _backoff(self._login_cooldown, LOGIN_COOLDOWN_MAX, self._rejections)
        self._login_at = self._clock.monotonic() + cooldown
        codes = f" [{', '.join(failure.codes)}]" if failure.codes else ""
        self._rejection = AuthenticationError(
            f"login failed: the server rejected the credentials ({failure.status}){codes}; "
            f"logins pause for {cooldown:.0f} s so that a wrong password cannot lock the account",
            status=failure.status,
            codes=failure.codes,
            method="POST",
            url=failure.url,
        )
        raise detach(self._rejection.clone(), None)

    async def _login(self) -> Response[str]:  # pragma: no cover - overridden where credentials exist
        raise AuthenticationError("no credentials to log in with")

    async def _refresh(self, token: Secret) -> Response[str]:
        assert self._sender is not None, "auth used before bind()"
        request = refresh_token_request()
        response: Response[str] = await self._sender(request, _REFRESH_TOKEN, f"Bearer {token.reveal()}")
        return response

    async def aclose(self) -> None:
        self._closed = True
        task = self._renewal
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except (asyncio.CancelledError, Exception):
                pass


class BearerTokenAuth(_TokenAuth):
    """``Authorization: Bearer <token>`` with a token obtained elsewhere.

    It is refreshed before it expires (when its ``exp`` is readable) and on a
    401; once refreshing fails after expiry, calls raise :class:`AuthenticationError`.
    ``login_cooldown``: when a refreshed token is refused in turn, refreshes for 401s pause
    this long (doubling per refusal, to 10 minutes), as they do for :class:`PasswordAuth`.
    """

    def __init__(
        self,
        token: str,
        *,
        advisory_window: float = 300.0,
        mandatory_window: float = 60.0,
        token_lifetime: float | None = 600.0,
        advisory_retry_interval: float = 10.0,
        login_cooldown: float = 30.0,
    ) -> None:
        if not token:
            raise ConfigurationError("token must not be empty")
        header_setting("token", token)
        super().__init__(
            advisory_window=advisory_window,
            mandatory_window=mandatory_window,
            token_lifetime=token_lifetime,
            advisory_retry_interval=advisory_retry_interval,
            login_cooldown=login_cooldown,
        )
        self._install(token, obtained=False)

    def __repr__(self) -> str:
        return "BearerTokenAuth(token=***)"


class PasswordAuth(_TokenAuth):
    """Log in with a username and password (``POST /users/auth/_login``) and use the token.

    The first request logs in; later renewals refresh, falling back to a new login.  A
    rejected login pauses logins for ``login_cooldown`` seconds (doubling per rejection).
    """

    def __init__(
        self,
        username: str,
        password: str,
        *,
        advisory_window: float = 300.0,
        mandatory_window: float = 60.0,
        token_lifetime: float | None = 600.0,
        advisory_retry_interval: float = 10.0,
        login_cooldown: float = 30.0,
    ) -> None:
        if not username or not password:
            raise ConfigurationError("username and password must not be empty")
        super().__init__(
            advisory_window=advisory_window,
            mandatory_window=mandatory_window,
            token_lifetime=token_lifetime,
            advisory_retry_interval=advisory_retry_interval,
            login_cooldown=login_cooldown,
        )
        self.username = username
        self._password = Secret(password)

    def bind(self, sender: AuthSender, clock: Clock, redactor: Redactor) -> None:
        super().bind(sender, clock, redactor)
        redactor.set("password", self._password.reveal())
        # Basic auth's form of the same credentials: base64 of it is masked too (see redact.base64_cores).
        redactor.set("basic", f"{self.username}:{self._password.reveal()}")

    def _can_login(self) -> bool:
        return True

    async def _login(self) -> Response[str]:
        assert self._sender is not None, "auth used before bind()"
        request = login_request(self.username, self._password.reveal())
        response: Response[str] = await self._sender(request, _LOGIN_TOKEN, None)
        return response

    def __repr__(self) -> str:
        return f"PasswordAuth(username={self.username!r}, password=***)"
