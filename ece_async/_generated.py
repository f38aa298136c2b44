"""The one place hand-written code reaches into the generated layer.

Everything ``ece_async`` needs from ``ece_generated`` is re-exported here, so a
regeneration that moves things around breaks one module, not the facade.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from ece_generated import models as generated_models
from ece_generated._convert import MissingFieldError, Model, OpenEnum, converter, use_missing_field_class
from ece_generated._encode import EncodeError, breaks_header, encode_query, header_problem, use_error_class
from ece_generated._secrets import is_secret_name
from ece_generated._spec import OPERATION_COUNT, SPEC_SHA256
from ece_generated.api import OPERATIONS, ApiNamespaces
from ece_generated.types import UNSET, File, Parser, Request, Response, Transport, Unset

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
    "breaks_header",
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


async def send_json(api: ApiNamespaces, operation_id: str, **arguments: Any) -> Any:
    """Call an operation through ``api``'s transport and return its body as decoded JSON, not models.

    For callers reading a few fields of many large bodies (the fleet audit's search pages), where
    building the models would cost more CPU than the rest of their work.
    """
    request = _operation_module(operation_id).build_request(**arguments)
    return (await api._ece_transport.send(request, _as_json)).parsed


def _as_json(status: int, data: Any) -> Any:
    return data


def error_codes(operation_id: str) -> Mapping[int, tuple[str, ...]]:
    """The ``x-cloud-error-codes`` the spec documents for each status of an operation."""
    codes: Mapping[int, tuple[str, ...]] = _operation_module(operation_id).ERROR_CODES
    return codes
