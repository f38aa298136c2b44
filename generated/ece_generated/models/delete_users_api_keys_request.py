"""DeleteUsersApiKeysRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .user_api_key import UserApiKey


@_define
class DeleteUsersApiKeysRequest(Model):
    """The request payload that deletes the API keys.

    Attributes:
        user_api_keys: The list of API key IDs.
        additional_properties: Keys the spec does not list, kept as received.
    """

    user_api_keys: list[UserApiKey]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("user_api_keys", "user_api_keys", ("list", "UserApiKey")),)
    __ece_extra__ = None
