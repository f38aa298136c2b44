"""User: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .user_metadata import UserMetadata
    from .user_security import UserSecurity


@_define
class User(Model):
    """An API user

    Attributes:
        user_name: The user's identifier
        security: A user's security information
        metadata: Metadata for a user
        full_name: The user's optional full name
        email: The user's optional email address
        builtin: True if the user is a built-in read-only user
        additional_properties: Keys the spec does not list, kept as received.
    """

    user_name: str
    security: UserSecurity
    metadata: UserMetadata | Unset | None = UNSET
    full_name: str | Unset = UNSET
    email: str | Unset = UNSET
    builtin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("user_name", "user_name", None),
        ("security", "security", "UserSecurity"),
        ("metadata", "metadata", "UserMetadata"),
        ("full_name", "full_name", None),
        ("email", "email", None),
        ("builtin", "builtin", None),
    )
    __ece_extra__ = None
