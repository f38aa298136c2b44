"""Small helpers shared by the simulator modules: timestamps, ids, hashing."""

from __future__ import annotations

import functools
import hashlib
import struct
import zlib
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import TypeVar

T = TypeVar("T")

#: What ECE sends for "no end time yet" (see the real payloads).
ZERO_TIME = "0001-01-01T00:00:00.000Z"


@functools.lru_cache(maxsize=1 << 16)
def iso(ts: float) -> str:
    """ECE's timestamp format: UTC, milliseconds, ``Z``."""
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_iso(value: str) -> float:
    """Parse the ISO-8601 forms clients send (``Z`` or an offset; date-only means midnight UTC)."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.timestamp()


def hex_id(rng: Draws) -> str:
    """A 32-hex-digit id, the shape of ECE deployment and cluster ids."""
    return f"{rng.getrandbits(128):032x}"


def uuid_from(rng: Draws) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def stable_int(*parts: object) -> int:
    """A cheap deterministic hash (``hash()`` is salted per process, so it would break seeding)."""
    return zlib.crc32("\x1f".join(str(p) for p in parts).encode())


def stable_fraction(*parts: object) -> float:
    """A deterministic number in [0, 1) derived from ``parts``."""
    return stable_int(*parts) / 4294967296.0


_WORDS = struct.Struct("<8Q")
_FLOAT = 2.0**-53


class Draws:
    """A deterministic stream of random numbers: BLAKE2b of (key, block number), 8 words a block.

    The simulator seeds one stream per deployment and per plan attempt, so seeding must be
    cheap: a ``random.Random`` spends ~4 us filling its Mersenne Twister state, this ~0.5 us.
    Only the methods the simulator uses, with ``random.Random``'s meanings.
    """

    __slots__ = ("_block", "_key", "_words")

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._block = 0
        self._words: list[int] = []

    def _word(self) -> int:
        """The next 64 random bits."""
        words = self._words or self._refill()
        return words.pop()

    def _refill(self) -> list[int]:
        """Queue the next block's words (``_words`` is a stack: the next word is the last)."""
        digest = hashlib.blake2b(self._key + self._block.to_bytes(8, "little"), digest_size=64).digest()
        self._block += 1
        fresh = list(_WORDS.unpack(digest))
        fresh.reverse()
        self._words = words = fresh + self._words
        return words

    def random(self) -> float:
        """A float in [0, 1) with 53 random bits."""
        words = self._words or self._refill()
        return (words.pop() >> 11) * _FLOAT

    def randoms(self, n: int) -> list[float]:
        """What ``n`` calls of :meth:`random` return, at a fraction of the cost."""
        if n <= 0:
            return []
        while len(self._words) < n:
            self._refill()
        words = self._words
        taken = words[: -n - 1 : -1]
        del words[-n:]
        return [(w >> 11) * _FLOAT for w in taken]

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.random()

    def randrange(self, start: int, stop: int | None = None) -> int:
        lo, hi = (0, start) if stop is None else (start, stop)
        if hi <= lo:
            raise ValueError(f"empty range for randrange({start}, {stop})")
        return lo + self._word() % (hi - lo)

    def choice(self, seq: Sequence[T]) -> T:
        return seq[self.randrange(len(seq))]

    def weighted(self, options: Sequence[tuple[T, int]]) -> T:
        """One of ``(value, weight)`` pairs, with probability proportional to its weight."""
        pick = self.randrange(sum(w for _, w in options))
        for value, weight in options:
            if pick < weight:
                return value
            pick -= weight
        raise AssertionError("unreachable")  # pragma: no cover

    def getrandbits(self, k: int) -> int:
        value = 0
        for _ in range(-(-k // 64)):
            value = (value << 64) | self._word()
        return value >> (-k % 64)


def seeded(*parts: object) -> Draws:
    """The random stream for ``parts`` (same parts, same numbers, on any machine)."""
    return Draws("\x1f".join(str(p) for p in parts).encode())
