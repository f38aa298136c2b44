"""ece-async: the asyncio client for the Elastic Cloud Enterprise REST API.

::

    from ece_async import ECEClient

    async with ECEClient("https://ece.example:12443", api_key="...") as ece:
        dep = await ece.deployments.get_deployment(deployment_id="abc")

Models live in :mod:`ece_async.models` (loaded on first use; :data:`UNSET` marks a
field or argument left out, distinct from ``None``, which is sent as ``null``); errors in
:mod:`ece_async.errors`; the aiohttp app helper in :mod:`ece_async.aiohttp_app`
(imported on first use: it pulls in ``aiohttp.web``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors
from ._generated import UNSET, Unset
from .auth import ApiKeyAuth, Auth, BearerTokenAuth, PasswordAuth
from .client import DEFAULT_MAX_CONCURRENCY, ECEClient
from .clock import Clock
from .errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ConnectError,
    ConnectTimeoutError,
    ECEConnectionError,
    ECEError,
    ECETimeoutError,
    ErrorDetail,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
    RateLimitedError,
    ResponseDecodeError,
    ServerError,
    TLSError,
    TransportError,
)
from .errors import code as error_code
from .hooks import Hooks, RequestEnd, RequestStart, RetryScheduled
from .retry import NO_RETRY, RetryPolicy
from .transport import ECETransport, InsecureTLSWarning, RequestEncodeError, Timeout

if TYPE_CHECKING:
    from .aiohttp_app import ECE_CLIENT_KEY, setup_ece_client

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "ECE_CLIENT_KEY",
    "NO_RETRY",
    "UNSET",
    "APIError",
    "ApiKeyAuth",
    "Auth",
    "AuthenticationError",
    "BadRequestError",
    "BearerTokenAuth",
    "ClientClosedError",
    "Clock",
    "ConfigurationError",
    "ConflictError",
    "ConnectError",
    "ConnectTimeoutError",
    "ECEClient",
    "ECEConnectionError",
    "ECEError",
    "ECETimeoutError",
    "ECETransport",
    "ErrorDetail",
    "ForbiddenError",
    "Hooks",
    "InsecureTLSWarning",
    "NotFoundError",
    "PasswordAuth",
    "PreconditionFailedError",
    "RateLimitedError",
    "RequestEncodeError",
    "RequestEnd",
    "RequestStart",
    "ResponseDecodeError",
    "RetryPolicy",
    "RetryScheduled",
    "ServerError",
    "TLSError",
    "Timeout",
    "TransportError",
    "Unset",
    "error_code",
    "errors",
    "setup_ece_client",
]

_LAZY = {"ECE_CLIENT_KEY", "setup_ece_client"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import aiohttp_app

        value = getattr(aiohttp_app, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'ece_async' has no attribute {name!r}")
