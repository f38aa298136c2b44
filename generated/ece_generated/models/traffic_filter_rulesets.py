"""TrafficFilterRulesets: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .traffic_filter_ruleset_info import TrafficFilterRulesetInfo


@_define
class TrafficFilterRulesets(Model):
    """The container for a set of traffic filter rulesets.

    Attributes:
        rulesets: List of traffic filter rules
        additional_properties: Keys the spec does not list, kept as received.
    """

    rulesets: list[TrafficFilterRulesetInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("rulesets", "rulesets", ("list", "TrafficFilterRulesetInfo")),)
    __ece_extra__ = None
