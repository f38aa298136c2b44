"""ElasticsearchClusterPlan: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_template_reference import DeploymentTemplateReference
    from .elasticsearch_cluster_topology_element import ElasticsearchClusterTopologyElement
    from .elasticsearch_configuration import ElasticsearchConfiguration
    from .transient_elasticsearch_plan_configuration import TransientElasticsearchPlanConfiguration


@_define
class ElasticsearchClusterPlan(Model):
    """The plan for the Elasticsearch cluster.

    Attributes:
        cluster_topology:
        elasticsearch: The Elasticsearch cluster settings. When specified at the top level, provides a field-by-field
            default. When specified at the topology level, provides the override settings.
        deployment_template: Specifies the deployment template used to create the plan.
        transient: Defines the configuration parameters that control how the plan is applied. For example, the
            Elasticsearch cluster topology and Elasticsearch settings.
        autoscaling_enabled: Enable autoscaling for this Elasticsearch cluster.
        additional_properties: Keys the spec does not list, kept as received.
    """

    cluster_topology: list[ElasticsearchClusterTopologyElement]
    elasticsearch: ElasticsearchConfiguration
    deployment_template: DeploymentTemplateReference | Unset | None = UNSET
    transient: TransientElasticsearchPlanConfiguration | Unset | None = UNSET
    autoscaling_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("cluster_topology", "cluster_topology", ("list", "ElasticsearchClusterTopologyElement")),
        ("elasticsearch", "elasticsearch", "ElasticsearchConfiguration"),
        ("deployment_template", "deployment_template", "DeploymentTemplateReference"),
        ("transient", "transient", "TransientElasticsearchPlanConfiguration"),
        ("autoscaling_enabled", "autoscaling_enabled", None),
    )
    __ece_extra__ = None
