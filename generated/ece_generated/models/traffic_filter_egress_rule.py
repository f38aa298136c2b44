"""TrafficFilterEgressRule: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .traffic_filter_egress_rule_protocol import TrafficFilterEgressRuleProtocol


@_define
class TrafficFilterEgressRule(Model):
    """The rule detail for a traffic filter egress rule.

    Attributes:
        target: Allowed traffic filter egress target: IP address or CIDR mask
        protocol: The target protocol for an egress rule
        ports: A list of target ports for an egress rule
        additional_properties: Keys the spec does not list, kept as received.
    """

    target: str
    protocol: TrafficFilterEgressRuleProtocol
    ports: list[int] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("target", "target", None),
        ("protocol", "protocol", ("enum", "TrafficFilterEgressRuleProtocol")),
        ("ports", "ports", None),
    )
    __ece_extra__ = None
