"""TrafficFilterRule: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .traffic_filter_egress_rule import TrafficFilterEgressRule


@_define
class TrafficFilterRule(Model):
    """The container for a traffic filter rule.

    Attributes:
        id: The rule ID
        remote_cluster_org_id: The remote cluster organization ID
        remote_cluster_id: The remote cluster ID
        description: Description of the rule
        source: Allowed traffic filter source: IP address, CIDR mask, or VPC endpoint ID
        azure_endpoint_name: Name of the Azure Private Endpoint to allow connections from
        azure_endpoint_guid: Resource GUID of the Azure Private Endpoint to allow connections from
        egress_rule: The rule detail for a traffic filter egress rule.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str | Unset = UNSET
    remote_cluster_org_id: str | Unset = UNSET
    remote_cluster_id: str | Unset = UNSET
    description: str | Unset = UNSET
    source: str | Unset = UNSET
    azure_endpoint_name: str | Unset = UNSET
    azure_endpoint_guid: str | Unset = UNSET
    egress_rule: TrafficFilterEgressRule | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("remote_cluster_org_id", "remote_cluster_org_id", None),
        ("remote_cluster_id", "remote_cluster_id", None),
        ("description", "description", None),
        ("source", "source", None),
        ("azure_endpoint_name", "azure_endpoint_name", None),
        ("azure_endpoint_guid", "azure_endpoint_guid", None),
        ("egress_rule", "egress_rule", "TrafficFilterEgressRule"),
    )
    __ece_extra__ = None
