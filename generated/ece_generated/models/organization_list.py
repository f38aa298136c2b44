"""OrganizationList: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .organization import Organization


@_define
class OrganizationList(Model):
    """A collection of Organizations

    Attributes:
        organizations: The list of organizations
        next_page: A cursor to get the next page of results
        additional_properties: Keys the spec does not list, kept as received.
    """

    organizations: list[Organization]
    next_page: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("organizations", "organizations", ("list", "Organization")),
        ("next_page", "next_page", None),
    )
    __ece_extra__ = None
