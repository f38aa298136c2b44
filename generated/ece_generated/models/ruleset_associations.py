"""RulesetAssociations: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .filter_association import FilterAssociation


@_define
class RulesetAssociations(Model):
    """The configuration settings for the traffic filter.

    Attributes:
        associations: List of associations
        total_associations: Total number of associations. This includes associations the user does not have permission to
            view.
        additional_properties: Keys the spec does not list, kept as received.
    """

    associations: list[FilterAssociation]
    total_associations: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("associations", "associations", ("list", "FilterAssociation")),
        ("total_associations", "total_associations", None),
    )
    __ece_extra__ = None
