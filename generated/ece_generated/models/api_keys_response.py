"""ApiKeysResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .api_key_response import ApiKeyResponse


@_define
class ApiKeysResponse(Model):
    """The response model for the API keys.

    Attributes:
        keys: The list of API keys.
        additional_properties: Keys the spec does not list, kept as received.
    """

    keys: list[ApiKeyResponse]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("keys", "keys", ("list", "ApiKeyResponse")),)
    __ece_extra__ = None
