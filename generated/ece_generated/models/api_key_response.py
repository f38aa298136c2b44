"""ApiKeyResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .role_assignments import RoleAssignments


@_define
class ApiKeyResponse(Model):
    """The response model for an API key.

    Attributes:
        id: The API key ID.
        description: The API key description. TIP: Useful when you have multiple API keys.
        creation_date: The date/time for when the API key is created.
        user_id: The user ID.
        organization_id: The organization ID linked to the API key
        key: The API key. TIP: Since the API key is returned only once, save it in a safe place. (A secret:
            left out of repr.)
        expiration_date: The date/time when the API key expires.
        role_assignments: Roles assigned to users, API keys or organization invitations. Currently unavailable in self-
            hosted ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    description: str
    creation_date: str
    user_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    key: str | Unset = _field(default=UNSET, repr=False)
    expiration_date: str | Unset = UNSET
    role_assignments: RoleAssignments | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("description", "description", None),
        ("creation_date", "creation_date", None),
        ("user_id", "user_id", None),
        ("organization_id", "organization_id", None),
        ("key", "key", None),
        ("expiration_date", "expiration_date", None),
        ("role_assignments", "role_assignments", "RoleAssignments"),
    )
    __ece_extra__ = None
