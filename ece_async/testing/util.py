"""Small helpers shared by the simulator modules: timestamps, ids, hashing."""

from __future__ import annotations

import functools
import hashlib
import random
import zlib
from datetime import datetime, timezone

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


def hex_id(rng: random.Random) -> str:
    """A 32-hex-digit id, the shape of ECE deployment and cluster ids."""
    return f"{rng.getrandbits(128):032x}"


def uuid_from(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def stable_int(*parts: object) -> int:
    """A cheap deterministic hash (``hash()`` is salted per process, so it would break seeding)."""
    return zlib.crc32("\x1f".join(str(p) for p in parts).encode())


def stable_fraction(*parts: object) -> float:
    """A deterministic number in [0, 1) derived from ``parts``."""
    return stable_int(*parts) / 4294967296.0


def seeded(*parts: object) -> random.Random:
    """A generator seeded from ``parts`` (an integer seed: much cheaper than seeding with a string)."""
    digest = hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=8).digest()
    return random.Random(int.from_bytes(digest, "big"))
