"""UserSecurityRealm: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .user_security_realm_type import UserSecurityRealmType


@_define
class UserSecurityRealm(Model):
    """The security realm the user belongs to

    Attributes:
        type_: The type of the security realm
        id: The identifier for the security realm
        additional_properties: Keys the spec does not list, kept as received.
    """

    type_: UserSecurityRealmType
    id: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("type_", "type", ("enum", "UserSecurityRealmType")),
        ("id", "id", None),
    )
    __ece_extra__ = None
