"""OrganizationInvitations: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .organization_invitation import OrganizationInvitation


@_define
class OrganizationInvitations(Model):
    """A collection of invitations to an organization

    Attributes:
        invitations: The list of organization invitations
        additional_properties: Keys the spec does not list, kept as received.
    """

    invitations: list[OrganizationInvitation]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("invitations", "invitations", ("list", "OrganizationInvitation")),)
    __ece_extra__ = None
