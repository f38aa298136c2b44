"""Credentials the simulator accepts: Basic, ``ApiKey <key>`` and ``Bearer <jwt>``.

Tokens are real HS256 JWTs (``sub``, ``iat``, ``exp``, ``jti``) so a client can
read ``exp`` to refresh ahead of time; expiry is judged on the simulated
clock, so ``sim.advance(3600)`` expires every token issued an hour ago.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from typing import Any

import attrs
import orjson

from ..clock import Clock
from .state import ApiKey, SimState

DEFAULT_TOKEN_LIFETIME = 3600.0

#: (status, code, message) of the rejections; the codes are the spec's.
UNAUTHENTICATED = (401, "root.unauthenticated", "The supplied authentication is invalid")
EXPIRED = (401, "root.unauthorized", "The supplied authentication token has expired")
TOKEN_INVALID = (401, "root.unauthorized", "The authentication token is invalid or expired")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@attrs.frozen
class Principal:
    """Who made a request, and how."""

    user_id: str
    method: str  # "basic", "api_key" or "token"
    token_id: str | None = None


@attrs.frozen
class Rejection:
    status: int
    code: str
    message: str
    kind: str  # stats fault kind: "unauthenticated" or "token_expired"


_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float | None:
    """ECE's API key expirations ("1d", "3h"); ``None`` when malformed."""
    match = _DURATION.match(text)
    return int(match.group(1)) * _UNITS[match.group(2)] if match else None


class Authenticator:
    def __init__(
        self,
        state: SimState,
        clock: Clock,
        username: str,
        password: str,
        secret: bytes,
        token_lifetime: float = DEFAULT_TOKEN_LIFETIME,
    ) -> None:
        self.state = state
        self.clock = clock
        self.username = username
        self.password = password
        self.token_lifetime = token_lifetime
        self._secret = secret
        self._issued = 0
        self._revoked: set[str] = set()
        self._keys_by_secret: dict[str, str] = {}

    # --- API keys --------------------------------------------------------------------------------

    def add_api_key(self, key_id: str, key: str, description: str, expires: float | None = None) -> ApiKey:
        entry = ApiKey(
            id=key_id,
            key=key,
            description=description,
            user_id=self.state.user_id,
            created=self.clock.time(),
            expires=expires,
        )
        self.state.api_keys[key_id] = entry
        self._keys_by_secret[key] = key_id
        return entry

    def remove_api_key(self, key_id: str) -> bool:
        entry = self.state.api_keys.pop(key_id, None)
        if entry is None:
            return False
        self._keys_by_secret.pop(entry.key, None)
        return True

    # --- tokens ----------------------------------------------------------------------------------

    def issue_token(self, user_id: str) -> tuple[str, float]:
        now = self.clock.time()
        exp = now + self.token_lifetime
        self._issued += 1
        header = _b64(b'{"alg":"HS256","typ":"JWT"}')
        payload = _b64(
            orjson.dumps(
                {
                    "iss": "ece-simulator",
                    "sub": user_id,
                    "iat": int(now),
                    "exp": int(exp),
                    "jti": f"{self._issued:08d}",
                }
            )
        )
        signing_input = f"{header}.{payload}".encode()
        signature = _b64(hmac.new(self._secret, signing_input, hashlib.sha256).digest())
        return f"{header}.{payload}.{signature}", float(int(exp))

    def _token_claims(self, token: str) -> dict[str, Any] | None:
        parts = token.split(".")
        if len(parts) != 3:
            return None
        expected = hmac.new(self._secret, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest()
        try:
            if not hmac.compare_digest(expected, _unb64(parts[2])):
                return None
            claims = orjson.loads(_unb64(parts[1]))
        except (binascii.Error, ValueError):
            return None
        return claims if isinstance(claims, dict) else None

    def revoke(self, token_id: str) -> None:
        self._revoked.add(token_id)

    # --- checking --------------------------------------------------------------------------------

    def login(self, username: object, password: object) -> bool:
        return (
            isinstance(username, str)
            and isinstance(password, str)
            and hmac.compare_digest(username.encode(), self.username.encode())
            and hmac.compare_digest(password.encode(), self.password.encode())
        )

    def check(self, header: str | None) -> Principal | Rejection:
        """Resolve an ``Authorization`` header to a principal, or say why not."""
        if not header:
            return Rejection(*UNAUTHENTICATED, kind="unauthenticated")
        scheme, _, credentials = header.strip().partition(" ")
        scheme = scheme.lower()
        credentials = credentials.strip()
        if scheme == "apikey":
            key_id = self._keys_by_secret.get(credentials)
            entry = self.state.api_keys.get(key_id) if key_id else None
            if entry is None or (entry.expires is not None and entry.expires <= self.clock.time()):
                return Rejection(*UNAUTHENTICATED, kind="unauthenticated")
            return Principal(entry.user_id, "api_key")
        if scheme == "bearer":
            claims = self._token_claims(credentials)
            if claims is None or claims.get("jti") in self._revoked:
                return Rejection(*UNAUTHENTICATED, kind="unauthenticated")
            exp = claims.get("exp")
            if not isinstance(exp, (int, float)) or exp <= self.clock.time():
                return Rejection(*EXPIRED, kind="token_expired")
            return Principal(str(claims.get("sub")), "token", str(claims.get("jti")))
        if scheme == "basic":
            try:
                user, _, password = base64.b64decode(credentials, validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return Rejection(*UNAUTHENTICATED, kind="unauthenticated")
            if self.login(user, password):
                return Principal(self.state.user_id, "basic")
        return Rejection(*UNAUTHENTICATED, kind="unauthenticated")
