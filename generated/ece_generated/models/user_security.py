"""UserSecurity: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elevated_permissions import ElevatedPermissions
    from .user_security_realm import UserSecurityRealm


@_define
class UserSecurity(Model):
    """A user's security information

    Attributes:
        roles: The set of roles assigned to a user
        permissions: The distinct set of permissions allowed by the user's roles. These correspond to operationId
            values in the OpenAPI definition.
        elevated_permissions: A user's elevated permissions status
        password: The user's password. Only used when modifying a user. (A secret: left out of repr.)
        enabled: True if the user is enabled
        security_realm: The security realm the user belongs to
        additional_properties: Keys the spec does not list, kept as received.
    """

    roles: list[str] | Unset | None = UNSET
    permissions: list[str] | Unset | None = UNSET
    elevated_permissions: ElevatedPermissions | Unset | None = UNSET
    password: str | Unset = _field(default=UNSET, repr=False)
    enabled: bool | Unset = UNSET
    security_realm: UserSecurityRealm | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("roles", "roles", None),
        ("permissions", "permissions", None),
        ("elevated_permissions", "elevated_permissions", "ElevatedPermissions"),
        ("password", "password", None),
        ("enabled", "enabled", None),
        ("security_realm", "security_realm", "UserSecurityRealm"),
    )
    __ece_extra__ = None
