"""How requests authenticate: an API key, a bearer token, or a username and password.

API keys never expire from the client's point of view.  Tokens (JWTs from
``POST /users/auth/_login``) do, so token auth keeps one token for the whole
client and renews it:

* **advisory window** (default: the last 5 minutes of its life): the first
  request to notice tries ``POST /users/auth/_refresh``; if that fails the
  token is still good, so the failure is logged and the requests go on with
  the old token (the next attempt waits ``advisory_retry_interval``);
* **mandatory window** (default: the last minute) or expired: requests wait
  for the renewal, and a failure propagates as :class:`AuthenticationError`.
  A request is never sent with a token known to be expired.
* a **401** on a request renews once for every request that got it (single
  flight: concurrent 401s share one refresh) and each such request is replayed
  once with the new token.

Renewal tries a refresh first (unless the token has already expired: refreshing
needs a live one) and, when that fails and credentials are known, a fresh
login.  Expiry comes from the JWT's ``exp`` claim (read without verifying the
signature: the server verifies, the client only schedules); a token whose
expiry cannot be read is assumed to live ``token_lifetime`` seconds from when it
was obtained (a token handed in by the caller: until a 401).
Windows shrink for short-lived tokens (at most half and a quarter of the
token's lifetime) so a 2-minute token is not refreshed on every request.

Credentials are held as :class:`~ece_async.redact.Secret` and never appear in
``repr`` or logs.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import math
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

from ._generated import Request, Response
from .clock import Clock
from .errors import AuthenticationError, ClientClosedError, ConfigurationError, ECEError, ResponseDecodeError
from .redact import Redactor, Secret

__all__ = ["ApiKeyAuth", "Auth", "BearerTokenAuth", "PasswordAuth", "jwt_claims"]

logger = logging.getLogger("ece_async")

#: Sends a request without the client's authentication (login and refresh carry their own).
AuthSender = Callable[[Request, Callable[[int, Any], Any]], Awaitable[Response[Any]]]


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

    async def aclose(self) -> None:
        """Stop background work (a pending renewal)."""


class ApiKeyAuth(Auth):
    """``Authorization: ApiKey <key>``: the usual choice for services."""

    def __init__(self, api_key: str) -> None:
        if not api_key:
            raise ConfigurationError("api_key must not be empty")
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
    ) -> None:
        if advisory_window < mandatory_window or mandatory_window < 0:
            raise ConfigurationError("need advisory_window >= mandatory_window >= 0")
        self._advisory_window = advisory_window
        self._mandatory_window = mandatory_window
        self._token_lifetime = token_lifetime
        self._advisory_retry_interval = advisory_retry_interval
        self._token: Secret | None = None
        self._header: Secret | None = None
        self._expires_at = -math.inf
        self._advisory_at = -math.inf
        self._mandatory_at = -math.inf
        self._advisory_not_before = -math.inf
        self._renewal: asyncio.Task[None] | None = None
        self._closed = False
        self._sender: AuthSender | None = None
        self._clock = Clock()
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

    @property
    def expires_at(self) -> float | None:
        """Unix time the current token expires (``None``: no token, or expiry unknown)."""
        return self._expires_at if self._token is not None and math.isfinite(self._expires_at) else None

    def _install(self, token: str, *, obtained: bool) -> None:
        now = self._clock.time()
        claims = jwt_claims(token)
        exp = _number(claims.get("exp")) if claims else None
        issued = _number(claims.get("iat")) if claims else None
        if exp is None and obtained and self._token_lifetime is not None:
            exp = now + self._token_lifetime
            issued = now
        if exp is None:
            self._expires_at = self._advisory_at = self._mandatory_at = math.inf
        else:
            lifetime = max(exp - (issued if issued is not None and issued <= now else now), 0.0)
            self._expires_at = exp
            self._advisory_at = exp - min(self._advisory_window, lifetime / 2)
            self._mandatory_at = exp - min(self._mandatory_window, lifetime / 4)
        if self._redactor is not None:
            previous = self._token.reveal() if self._token is not None else None
            self._redactor.set("previous_token", previous)
            self._redactor.set("token", token)
        self._token = Secret(token)
        self._header = Secret(f"Bearer {token}")
        self._advisory_not_before = -math.inf

    def header_now(self) -> str | None:
        if self._header is not None and self._clock.time() < self._advisory_at:
            return self._header.reveal()
        return None

    async def header(self) -> str:
        now = self._clock.time()
        if self._header is not None and now < self._mandatory_at:
            if now >= self._advisory_at and self._renewal is None and now >= self._advisory_not_before:
                try:
                    await self._renew()
                except AuthenticationError as exc:
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
        if header is None or self._clock.time() >= self._expires_at:  # pragma: no cover - defensive
            raise AuthenticationError("no valid token after renewal")
        return header.reveal()

    async def on_unauthorized(self, used: str | None) -> None:
        current = self._header.reveal() if self._header is not None else None
        if current is not None and used != current and self._clock.time() < self._expires_at:
            return  # somebody renewed since this request went out: just replay
        if self._renewal is None:
            # The server says this token is no good, whatever its exp claims: nobody uses it again.
            self._advisory_at = self._mandatory_at = -math.inf
        await self._renew()

    # -- renewal -------------------------------------------------------------------------------

    async def _renew(self) -> None:
        """Renew once for everybody who asks while a renewal is in progress (single flight)."""
        if self._closed:
            raise ClientClosedError("the client is closed")
        task = self._renewal
        if task is None:
            task = self._renewal = asyncio.get_running_loop().create_task(self._do_renew())
            task.add_done_callback(self._renewal_done)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            if self._closed:
                raise ClientClosedError("the client was closed while renewing its token") from None
            raise

    def _renewal_done(self, task: asyncio.Task[None]) -> None:
        if self._renewal is task:
            self._renewal = None
        if not task.cancelled():
            task.exception()  # retrieved here: waiters may all have gone away

    async def _do_renew(self) -> None:
        failure: ECEError | None = None
        if self._token is not None and self._clock.time() >= self._expires_at:
            # Refreshing needs a live token: never send one known to be expired.
            failure = AuthenticationError("the token has expired")
        elif self._token is not None:
            try:
                token = await self._refresh(self._token)
            except ECEError as exc:
                failure = exc
                logger.debug("ece_async: token refresh failed: %s", exc)
            else:
                self._install(token, obtained=True)
                self.renewals += 1
                logger.debug("ece_async: token refreshed")
                return
        if self._can_login():
            try:
                token = await self._login()
            except ECEError as exc:
                raise AuthenticationError(
                    f"login failed: {exc}", status=exc.status, codes=exc.codes, method="POST", url=exc.url
                ) from exc
            self._install(token, obtained=True)
            self.renewals += 1
            logger.debug("ece_async: logged in")
            return
        if failure is None:
            raise AuthenticationError("no token and no credentials to obtain one")
        raise AuthenticationError(
            f"the token expired or was rejected and could not be refreshed: {failure}",
            status=failure.status,
            codes=failure.codes,
            method=failure.method,
            url=failure.url,
        ) from failure

    def _can_login(self) -> bool:
        return False

    async def _login(self) -> str:  # pragma: no cover - overridden where credentials exist
        raise AuthenticationError("no credentials to log in with")

    async def _refresh(self, token: Secret) -> str:
        assert self._sender is not None, "auth used before bind()"
        request = Request(
            "POST",
            "/users/auth/_refresh",
            "refresh-token",
            headers=(("Authorization", f"Bearer {token.reveal()}"),),
        )
        return str((await self._sender(request, _parse_token)).parsed)

    async def aclose(self) -> None:
        self._closed = True
        task = self._renewal
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except (asyncio.CancelledError, Exception):
                pass


def _parse_token(status: int, data: Any) -> str:
    token = data.get("token") if isinstance(data, dict) else None
    if not isinstance(token, str) or not token:
        raise ResponseDecodeError("the token response carries no token", status=status)
    return token


class BearerTokenAuth(_TokenAuth):
    """``Authorization: Bearer <token>`` with a token obtained elsewhere.

    It is refreshed before it expires (when its ``exp`` is readable) and on a
    401; once refreshing fails after expiry, calls raise :class:`AuthenticationError`.
    """

    def __init__(
        self,
        token: str,
        *,
        advisory_window: float = 300.0,
        mandatory_window: float = 60.0,
        token_lifetime: float | None = 600.0,
        advisory_retry_interval: float = 10.0,
    ) -> None:
        if not token:
            raise ConfigurationError("token must not be empty")
        super().__init__(
            advisory_window=advisory_window,
            mandatory_window=mandatory_window,
            token_lifetime=token_lifetime,
            advisory_retry_interval=advisory_retry_interval,
        )
        self._install(token, obtained=False)

    def __repr__(self) -> str:
        return "BearerTokenAuth(token=***)"


class PasswordAuth(_TokenAuth):
    """Log in with a username and password (``POST /users/auth/_login``) and use the token.

    The first request logs in; later renewals refresh, falling back to a new login.
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
    ) -> None:
        if not username or not password:
            raise ConfigurationError("username and password must not be empty")
        super().__init__(
            advisory_window=advisory_window,
            mandatory_window=mandatory_window,
            token_lifetime=token_lifetime,
            advisory_retry_interval=advisory_retry_interval,
        )
        self.username = username
        self._password = Secret(password)

    def bind(self, sender: AuthSender, clock: Clock, redactor: Redactor) -> None:
        super().bind(sender, clock, redactor)
        redactor.set("password", self._password.reveal())

    def _can_login(self) -> bool:
        return True

    async def _login(self) -> str:
        assert self._sender is not None, "auth used before bind()"
        request = Request(
            "POST",
            "/users/auth/_login",
            "login",
            json={"username": self.username, "password": self._password.reveal()},
        )
        return str((await self._sender(request, _parse_token)).parsed)

    def __repr__(self) -> str:
        return f"PasswordAuth(username={self.username!r}, password=***)"
