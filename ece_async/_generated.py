"""The one place hand-written code reaches into the generated layer.

Everything ``ece_async`` needs from ``ece_generated`` is re-exported here, so a
regeneration that moves things around breaks one module, not the facade.

The operation table, types and secret-name rule are imported at once (light);
the model converter, encoders and models only on first access (module
``__getattr__``), so ``ece-async --help`` can read the operation table through
this module without paying for decoding machinery.  Type checkers see the
ordinary imports of the ``TYPE_CHECKING`` block.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ece_generated._secrets import is_secret_name
from ece_generated._spec import OPERATION_COUNT, SPEC_SHA256
from ece_generated.api import OPERATIONS, ApiNamespaces
from ece_generated.types import UNSET, File, Parser, Request, Response, Transport, Unset

if TYPE_CHECKING:
    from ece_generated import models as generated_models
    from ece_generated._convert import MissingFieldError, Model, OpenEnum, converter, use_missing_field_class
    from ece_generated._encode import (
        EncodeError,
        breaks_header,
        encode_query,
        header_problem,
        use_error_class,
    )

#: Heavy names -> (module, attribute; None for the module itself), imported on first access.
_LAZY: dict[str, tuple[str, str | None]] = {
    "generated_models": ("ece_generated.models", None),
    "Model": ("ece_generated._convert", "Model"),
    "OpenEnum": ("ece_generated._convert", "OpenEnum"),
    "converter": ("ece_generated._convert", "converter"),
    "EncodeError": ("ece_generated._encode", "EncodeError"),
    "breaks_header": ("ece_generated._encode", "breaks_header"),
    "encode_query": ("ece_generated._encode", "encode_query"),
    "use_error_class": ("ece_generated._encode", "use_error_class"),
    "header_problem": ("ece_generated._encode", "header_problem"),
    "MissingFieldError": ("ece_generated._convert", "MissingFieldError"),
    "use_missing_field_class": ("ece_generated._convert", "use_missing_field_class"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = importlib.import_module(module_name)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value  # the next access is an ordinary global
    return value


# Login and refresh are imported on first use: importing the package loads no operation module.


def login_request(username: str, password: str) -> Request:
    """The generated ``login`` request for these credentials."""
    from ece_generated.api.authentication import login
    from ece_generated.models.login_request import LoginRequest

    return login.build_request(body=LoginRequest(username=username, password=password))


def refresh_token_request() -> Request:
    """The generated ``refresh-token`` request (the current token goes in its Authorization)."""
    from ece_generated.api.authentication import refresh_token

    return refresh_token.build_request()


def parse_token_response(operation_id: str, status: int, data: Any) -> Any:
    """The decoded ``TokenResponse`` of a ``login`` or ``refresh-token`` response."""
    from ece_generated.api.authentication import login, refresh_token

    operation = login if operation_id == "login" else refresh_token
    return operation.parse_response(status, data)


def response_kinds(operation_id: str) -> Mapping[int, Any]:
    """How each documented status of ``operation_id`` decodes (``RESPONSE_KINDS``; empty if unknown).

    A kind is a model name, ``("list", kind)``, ``("dict", kind)``, ``("enum", name)`` or ``None``.
    """
    if operation_id not in OPERATIONS:
        return {}
    kinds: Mapping[int, Any] = _operation_module(operation_id).RESPONSE_KINDS
    return kinds


__all__ = [
    "OPERATIONS",
    "OPERATION_COUNT",
    "SPEC_SHA256",
    "UNSET",
    "ApiNamespaces",
    "EncodeError",
    "File",
    "MissingFieldError",
    "Model",
    "OpenEnum",
    "Parser",
    "Request",
    "Response",
    "Transport",
    "Unset",
    "api_class",
    "breaks_header",
    "build_request",
    "converter",
    "encode_query",
    "error_codes",
    "generated_models",
    "header_problem",
    "is_secret_name",
    "login_request",
    "parse_token_response",
    "refresh_token_request",
    "response_kinds",
    "send_json",
    "use_error_class",
    "use_missing_field_class",
]


@functools.cache
def _operation_module(operation_id: str) -> ModuleType:
    tag, module, _method, _path = OPERATIONS[operation_id]
    return importlib.import_module(f"ece_generated.api.{tag}.{module}")


def api_class(tag: str) -> type[Any]:
    """The generated API class of one namespace (``DeploymentsApi``): the methods the facade exposes."""
    module = importlib.import_module(f"ece_generated.api.{tag}")
    return next(v for k, v in vars(module).items() if k.endswith("Api") and isinstance(v, type))


def build_request(operation_id: str, **arguments: Any) -> Request:
    """The request ``operation_id`` makes of ``arguments``, as the facade would send it."""
    request: Request = _operation_module(operation_id).build_request(**arguments)
    return request


async def send_json(api: ApiNamespaces, operation_id: str, **arguments: Any) -> Any:
    """Call an operation through ``api``'s transport and return its body as decoded JSON, not models.

    For callers reading a few fields of many large bodies (the fleet audit's search pages), where
    building the models would cost more CPU than the rest of their work.
    """
    request = build_request(operation_id, **arguments)
    return (await api._ece_transport.send(request, _as_json)).parsed


def _as_json(status: int, data: Any) -> Any:
    return data


def error_codes(operation_id: str) -> Mapping[int, tuple[str, ...]]:
    """The ``x-cloud-error-codes`` the spec documents for each status of an operation."""
    codes: Mapping[int, tuple[str, ...]] = _operation_module(operation_id).ERROR_CODES
    return codes
