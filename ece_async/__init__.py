"""ece-async: the asyncio client for the Elastic Cloud Enterprise REST API.

::

    from ece_async import ECEClient

    async with ECEClient("https://ece.example:12443", api_key="...") as ece:
        dep = await ece.deployments.get_deployment(deployment_id="abc")

Models live in :mod:`ece_async.models` (loaded on first use); errors in
:mod:`ece_async.errors`; the aiohttp app helper in :mod:`ece_async.aiohttp_app`
(imported on first use: it pulls in ``aiohttp.web``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors
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
    PaginationError,
    PlanFailedError,
    PlanTimeoutError,
    PreconditionFailedError,
    RateLimitedError,
    RequestEncodeError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ServerError,
    TLSError,
    TransportError,
)
from .errors import code as error_code
from .hooks import (
    Hooks,
    OperationEnd,
    OperationObserver,
    OperationStart,
    RequestEnd,
    RequestStart,
    RetryScheduled,
)
from .retry import NO_RETRY, RetryBudget, RetryPolicy
from .transport import ECETransport, InsecureTLSWarning, Timeout

if TYPE_CHECKING:
    from .aiohttp_app import ECE_CLIENT_KEY, setup_ece_client

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "ECE_CLIENT_KEY",
    "NO_RETRY",
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
    "OperationEnd",
    "OperationObserver",
    "OperationStart",
    "PaginationError",
    "PasswordAuth",
    "PlanFailedError",
    "PlanTimeoutError",
    "PreconditionFailedError",
    "RateLimitedError",
    "RequestEncodeError",
    "RequestEnd",
    "RequestStart",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "RetryBudget",
    "RetryPolicy",
    "RetryScheduled",
    "ServerError",
    "TLSError",
    "Timeout",
    "TransportError",
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
