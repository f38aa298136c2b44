"""OrganizationInvitation: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .organization import Organization
    from .role_assignments import RoleAssignments


@_define
class OrganizationInvitation(Model):
    """An invitation to an organization

    Attributes:
        token: The token used to accept the invitation (A secret: left out of repr.)
        email: The email address to invite to the organization
        created_at: The date and time when the invitation was created
        expires_at: The date and time when the invitation expires
        expired: True if the invitation is expired
        organization: An organization
        accepted_at: The date and time when the invitation was accepted
        role_assignments: Roles assigned to users, API keys or organization invitations. Currently unavailable in self-
            hosted ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    token: str = _field(repr=False)
    email: str
    created_at: str
    expires_at: str
    expired: bool
    organization: Organization
    accepted_at: str | Unset = UNSET
    role_assignments: RoleAssignments | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("token", "token", None),
        ("email", "email", None),
        ("created_at", "created_at", None),
        ("expires_at", "expires_at", None),
        ("expired", "expired", None),
        ("organization", "organization", "Organization"),
        ("accepted_at", "accepted_at", None),
        ("role_assignments", "role_assignments", "RoleAssignments"),
    )
    __ece_extra__ = None
