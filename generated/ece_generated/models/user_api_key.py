"""UserApiKey: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class UserApiKey(Model):
    """The model to specify a user and their API key in a delete request.

    Attributes:
        user_id: The user ID.
        api_key_id: The API key ID.
        additional_properties: Keys the spec does not list, kept as received.
    """

    user_id: str
    api_key_id: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("user_id", "user_id", None),
        ("api_key_id", "api_key_id", None),
    )
    __ece_extra__ = None
