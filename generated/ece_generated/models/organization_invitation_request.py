"""OrganizationInvitationRequest: generated from the ECE spec by ``make generate``; do not edit."""

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
class OrganizationInvitationRequest(Model):
    """A request to create one or more invitations to an organization

    Attributes:
        emails: The email addresses to invite to the organization
        expires_in: The date and time when the invitation expires. Defaults to three days from now.
        role_assignments: Roles assigned to users, API keys or organization invitations. Currently unavailable in self-
            hosted ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    emails: list[str]
    expires_in: str | Unset = UNSET
    role_assignments: RoleAssignments | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("emails", "emails", None),
        ("expires_in", "expires_in", None),
        ("role_assignments", "role_assignments", "RoleAssignments"),
    )
    __ece_extra__ = None
