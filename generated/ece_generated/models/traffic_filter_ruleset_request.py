"""TrafficFilterRulesetRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .traffic_filter_rule import TrafficFilterRule


@_define
class TrafficFilterRulesetRequest(Model):
    """The specification for traffic filter ruleset.

    Attributes:
        name: Name of the ruleset
        type_: Type of the ruleset
        include_by_default: Should the ruleset be automatically included in the new deployments
        region: The ruleset can be attached only to deployments in the specific region
        rules: List of rules
        description: Description of the ruleset
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    type_: str
    include_by_default: bool
    region: str
    rules: list[TrafficFilterRule]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("type_", "type", None),
        ("include_by_default", "include_by_default", None),
        ("region", "region", None),
        ("rules", "rules", ("list", "TrafficFilterRule")),
        ("description", "description", None),
    )
    __ece_extra__ = None
