"""KibanaClusterPlan: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kibana_cluster_topology_element import KibanaClusterTopologyElement
    from .kibana_configuration import KibanaConfiguration
    from .transient_kibana_plan_configuration import TransientKibanaPlanConfiguration


@_define
class KibanaClusterPlan(Model):
    """The plan for the Kibana instance.

    Attributes:
        kibana: The Kibana instance settings. When specified at the top level, provides a field-by-field
            default. When specified at the topology level, provides the override settings.
        cluster_topology:
        transient: Defines the configuration parameters that control how the plan is applied. For example, the
            Elasticsearch cluster topology and Kibana instance settings.
        additional_properties: Keys the spec does not list, kept as received.
    """

    kibana: KibanaConfiguration
    cluster_topology: list[KibanaClusterTopologyElement] | Unset | None = UNSET
    transient: TransientKibanaPlanConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("kibana", "kibana", "KibanaConfiguration"),
        ("cluster_topology", "cluster_topology", ("list", "KibanaClusterTopologyElement")),
        ("transient", "transient", "TransientKibanaPlanConfiguration"),
    )
    __ece_extra__ = None
