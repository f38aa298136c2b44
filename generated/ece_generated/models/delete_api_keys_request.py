"""DeleteApiKeysRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class DeleteApiKeysRequest(Model):
    """The request payload that deletes the API keys.

    Attributes:
        keys: The list of API key IDs.
        additional_properties: Keys the spec does not list, kept as received.
    """

    keys: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("keys", "keys", None),)
    __ece_extra__ = None
