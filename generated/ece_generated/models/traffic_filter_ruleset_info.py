"""TrafficFilterRulesetInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .filter_association import FilterAssociation
    from .traffic_filter_rule import TrafficFilterRule


@_define
class TrafficFilterRulesetInfo(Model):
    """The container for a set of traffic filter rules.

    Attributes:
        id: The ruleset ID
        name: Name of the ruleset
        type_: Type of the ruleset
        include_by_default: Should the ruleset be automatically included in the new deployments
        region: The ruleset can be attached only to deployments in the specific region
        rules: List of rules
        description: Description of the ruleset
        associations: List of associations. Returned only when include_associations query parameter is true
        total_associations: Total number of associations. This includes associations the user does not have permission to
            view.Returned only when include_associations query parameter is true
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    type_: str
    include_by_default: bool
    region: str
    rules: list[TrafficFilterRule]
    description: str | Unset = UNSET
    associations: list[FilterAssociation] | Unset | None = UNSET
    total_associations: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("type_", "type", None),
        ("include_by_default", "include_by_default", None),
        ("region", "region", None),
        ("rules", "rules", ("list", "TrafficFilterRule")),
        ("description", "description", None),
        ("associations", "associations", ("list", "FilterAssociation")),
        ("total_associations", "total_associations", None),
    )
    __ece_extra__ = None
