"""OrganizationMembership: generated from the ECE spec by ``make generate``; do not edit."""

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
class OrganizationMembership(Model):
    """A user's membership to an organization

    Attributes:
        organization_id: The organization's identifier
        user_id: The users's identifier
        member_since: The date and time the user was added to the organization
        name: The user's full name
        email: The user's email address
        role_assignments: Roles assigned to users, API keys or organization invitations. Currently unavailable in self-
            hosted ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    organization_id: str
    user_id: str
    member_since: str
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    role_assignments: RoleAssignments | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("organization_id", "organization_id", None),
        ("user_id", "user_id", None),
        ("member_since", "member_since", None),
        ("name", "name", None),
        ("email", "email", None),
        ("role_assignments", "role_assignments", "RoleAssignments"),
    )
    __ece_extra__ = None
