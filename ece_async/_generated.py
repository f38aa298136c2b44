"""The one place hand-written code reaches into the generated layer.

Everything ``ece_async`` needs from ``ece_generated`` is re-exported here, so a
regeneration that moves things around breaks one module, not the facade.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping

from ece_generated import models as generated_models
from ece_generated._convert import Model, OpenEnum, converter
from ece_generated._encode import EncodeError, encode_query, use_error_class
from ece_generated._secrets import is_secret_name
from ece_generated._spec import OPERATION_COUNT, SPEC_SHA256
from ece_generated.api import OPERATIONS, ApiNamespaces
from ece_generated.types import UNSET, File, Parser, Request, Response, Transport, Unset

__all__ = [
    "OPERATIONS",
    "OPERATION_COUNT",
    "SPEC_SHA256",
    "UNSET",
    "ApiNamespaces",
    "EncodeError",
    "File",
    "Model",
    "OpenEnum",
    "Parser",
    "Request",
    "Response",
    "Transport",
    "Unset",
    "converter",
    "encode_query",
    "error_codes",
    "generated_models",
    "is_secret_name",
    "use_error_class",
]


@functools.cache
def error_codes(operation_id: str) -> Mapping[int, tuple[str, ...]]:
    """The ``x-cloud-error-codes`` the spec documents for each status of an operation."""
    tag, module, _method, _path = OPERATIONS[operation_id]
    codes: Mapping[int, tuple[str, ...]] = importlib.import_module(
        f"ece_generated.api.{tag}.{module}"
    ).ERROR_CODES
    return codes
