"""Helpers shared by the facade tests: a virtual clock, JWTs, and an instrumented ECE-ish server."""

from __future__ import annotations

import asyncio
import base64
import itertools
from collections.abc import Iterable
from typing import Any

import orjson
from aiohttp import ClientResponse
from aioresponses import CallbackResult, aioresponses
from yarl import URL

from ece_async.clock import Clock

BASE = "https://ece.example:12443"
API = BASE + "/api/v1"
EPOCH = 1_700_000_000.0


class FakeClock(Clock):
    """Virtual time: ``sleep`` records the delay and advances time instantly."""

    def __init__(self, *, randoms: Iterable[float] | None = None, wall: float = EPOCH) -> None:
        self.now = 0.0
        self.wall = wall
        self.sleeps: list[float] = []
        self._randoms = itertools.cycle(list(randoms) if randoms is not None else [0.5])

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.wall + self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(seconds, 0.0)
        await asyncio.sleep(0)

    def random(self) -> float:
        return next(self._randoms)

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_jwt(exp: float | None, *, iat: float | None = None, sub: str = "admin", nonce: int = 0) -> str:
    """An unsigned-looking JWT (the client never verifies signatures)."""

    def part(value: Any) -> str:
        return base64.urlsafe_b64encode(orjson.dumps(value)).rstrip(b"=").decode()

    claims: dict[str, Any] = {"sub": sub, "nonce": nonce}
    if exp is not None:
        claims["exp"] = exp
    if iat is not None:
        claims["iat"] = iat
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


def error_body(code: str, message: str = "failed") -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message}]}


class _FinishedUpload:
    """Stands in for the request writer aiohttp >= 3.14 hands to a response (aioresponses passes none)."""

    output_size = 0


class CompatResponse(ClientResponse):
    """aioresponses 0.7.9 builds responses without the ``stream_writer`` aiohttp 3.14 requires."""

    def __init__(self, method: str, url: URL, *, stream_writer: Any = None, **kwargs: Any) -> None:
        super().__init__(method, url, stream_writer=stream_writer or _FinishedUpload(), **kwargs)


class mock_ece(aioresponses):
    """``aioresponses`` that works with the installed aiohttp (see :class:`CompatResponse`)."""

    def add(self, url: Any, method: str = "GET", *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("response_class", CompatResponse)
        super().add(url, method, *args, **kwargs)


def reply(**kwargs: Any) -> CallbackResult:
    """A ``CallbackResult`` for aioresponses callbacks, built with :class:`CompatResponse`."""
    kwargs.setdefault("response_class", CompatResponse)
    return CallbackResult(**kwargs)
