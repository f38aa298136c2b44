"""Credentials for each attempt, and the 401 replay: the send path's door to :mod:`ece_async.auth`.

The :class:`~ece_async.auth.Auth` decides what a 401 means (renew, or refuse); the call's
bookkeeping of it lives here: one replay per call, which is not a retry (it does not count
against ``max_attempts``).  The bound holds whatever an ``Auth`` (a user's own too) answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._call import Call
from .errors import ECEError

if TYPE_CHECKING:
    from .auth import Auth

__all__ = ["authorize", "credentials_answered", "replay_401"]


async def authorize(auth: Auth | None, call: Call) -> ECEError | None:
    """Renewable credentials for this attempt (``call.authorization``), or why there are none
    (a login that failed, say)."""
    assert auth is not None
    value = auth.header_now()
    if value is None:
        try:
            value = await auth.header()
        except ECEError as exc:
            return exc
    call.authorization = value
    return None


def credentials_answered(auth: Auth | None, call: Call, status: int) -> None:
    """Renewable credentials that got through (a 404 passed auth too) are known to work."""
    if call.authenticate and call.authorization is not None and status not in (0, 401):
        assert auth is not None  # renewable credentials were used
        auth.accepted(call.authorization)


async def replay_401(auth: Auth | None, call: Call, status: int) -> bool:
    """A 401 with renewable credentials: renew them (or raise why not) and replay the request,
    once per call."""
    if status != 401 or call.replayed or not call.authenticate or auth is None:
        return False
    if not auth.renewable:
        return False
    call.replayed = True
    call.attempt -= 1  # a replay with fresh credentials is not a retry
    await auth.on_unauthorized(call.authorization)
    return True
