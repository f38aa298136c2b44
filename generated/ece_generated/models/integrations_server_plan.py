"""IntegrationsServerPlan: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .integrations_server_configuration import IntegrationsServerConfiguration
    from .integrations_server_topology_element import IntegrationsServerTopologyElement
    from .transient_integrations_server_plan_configuration import TransientIntegrationsServerPlanConfiguration


@_define
class IntegrationsServerPlan(Model):
    """The plan for the Integrations Server.

    Attributes:
        integrations_server: The configuration options for the Integrations Server.
        cluster_topology:
        transient: Defines the configuration parameters that control how the plan is applied. For example, the
            Elasticsearch cluster topology and Integrations Server settings.
        additional_properties: Keys the spec does not list, kept as received.
    """

    integrations_server: IntegrationsServerConfiguration
    cluster_topology: list[IntegrationsServerTopologyElement] | Unset | None = UNSET
    transient: TransientIntegrationsServerPlanConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("integrations_server", "integrations_server", "IntegrationsServerConfiguration"),
        ("cluster_topology", "cluster_topology", ("list", "IntegrationsServerTopologyElement")),
        ("transient", "transient", "TransientIntegrationsServerPlanConfiguration"),
    )
    __ece_extra__ = None
