"""ece-async: the asyncio client for the Elastic Cloud Enterprise REST API.

::

    from ece_async import ECEClient

    async with ECEClient("https://ece.example:12443", api_key="...") as ece:
        dep = await ece.deployments.get_deployment(deployment_id="abc")

Models live in :mod:`ece_async.models` (loaded on first use; :data:`UNSET` marks a
field or argument left out, distinct from ``None``, which is sent as ``null``); errors in
:mod:`ece_async.errors`; the aiohttp app helper in :mod:`ece_async.aiohttp_app`.

Every name below is imported from its submodule on first access: ``import ece_async``
alone costs almost nothing, which matters because pytest imports this package in
every run where ece-async is installed (for :mod:`ece_async.pytest_plugin`).
Type checkers see the ordinary imports of the ``TYPE_CHECKING`` block.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

#: The release, read from here by the build (``[tool.hatch.version]``), so the installed
#: distribution's version is this string; the user agent and ``--version`` read it without
#: ``importlib.metadata`` (importing it and reading the metadata was ~5% of a cold audit).
__version__ = "0.1.0"

if TYPE_CHECKING:
    from . import errors
    from ._generated import UNSET, Unset
    from .aiohttp_app import ECE_CLIENT_KEY, setup_ece_client
    from .auth import ApiKeyAuth, Auth, BearerTokenAuth, PasswordAuth
    from .client import DEFAULT_MAX_CONCURRENCY, ECEClient
    from .clock import Clock, SystemClock
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
        MissingFieldError,
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
        UnexpectedResponseError,
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
    from .streaming import BodyReducer, MalformedBody
    from .transport import ECETransport, InsecureTLSWarning, Timeout

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
    "BodyReducer",
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
    "MalformedBody",
    "MissingFieldError",
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
    "SystemClock",
    "TLSError",
    "Timeout",
    "TransportError",
    "UnexpectedResponseError",
    "Unset",
    "error_code",
    "errors",
    "setup_ece_client",
]

# submodule -> the public names it provides.
_SOURCES: dict[str, tuple[str, ...]] = {
    "_generated": ("UNSET", "Unset"),
    "aiohttp_app": ("ECE_CLIENT_KEY", "setup_ece_client"),
    "auth": ("ApiKeyAuth", "Auth", "BearerTokenAuth", "PasswordAuth"),
    "client": ("DEFAULT_MAX_CONCURRENCY", "ECEClient"),
    "clock": ("Clock", "SystemClock"),
    "errors": (
        "APIError",
        "AuthenticationError",
        "BadRequestError",
        "ClientClosedError",
        "ConfigurationError",
        "ConflictError",
        "ConnectError",
        "ConnectTimeoutError",
        "ECEConnectionError",
        "ECEError",
        "ECETimeoutError",
        "ErrorDetail",
        "ForbiddenError",
        "MissingFieldError",
        "NotFoundError",
        "PaginationError",
        "PlanFailedError",
        "PlanTimeoutError",
        "PreconditionFailedError",
        "RateLimitedError",
        "RequestEncodeError",
        "ResponseDecodeError",
        "ResponseTooLargeError",
        "ServerError",
        "TLSError",
        "TransportError",
        "UnexpectedResponseError",
        "error_code",
    ),
    "hooks": (
        "Hooks",
        "OperationEnd",
        "OperationObserver",
        "OperationStart",
        "RequestEnd",
        "RequestStart",
        "RetryScheduled",
    ),
    "retry": ("NO_RETRY", "RetryBudget", "RetryPolicy"),
    "streaming": ("BodyReducer", "MalformedBody"),
    "transport": ("ECETransport", "InsecureTLSWarning", "Timeout"),
}
_MODULE_OF = {name: module for module, names in _SOURCES.items() for name in names}
_RENAMED = {"error_code": "code"}  # public name -> its name in the submodule


if not TYPE_CHECKING:  # type checkers see the imports above, and no catch-all: a typo stays an error

    def __getattr__(name: str) -> Any:
        if name == "errors":
            return import_module(".errors", __name__)
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module 'ece_async' has no attribute {name!r}")
        return getattr(import_module(f".{module}", __name__), _RENAMED.get(name, name))

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
