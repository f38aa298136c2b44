"""ApmPlan: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .apm_configuration import ApmConfiguration
    from .apm_topology_element import ApmTopologyElement
    from .transient_apm_plan_configuration import TransientApmPlanConfiguration


@_define
class ApmPlan(Model):
    """The plan for the APM Server.

    Attributes:
        apm: The configuration options for the APM Server.
        cluster_topology:
        transient: Defines the configuration parameters that control how the plan is applied. For example, the
            Elasticsearch cluster topology and APM Server settings.
        additional_properties: Keys the spec does not list, kept as received.
    """

    apm: ApmConfiguration
    cluster_topology: list[ApmTopologyElement] | Unset | None = UNSET
    transient: TransientApmPlanConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("apm", "apm", "ApmConfiguration"),
        ("cluster_topology", "cluster_topology", ("list", "ApmTopologyElement")),
        ("transient", "transient", "TransientApmPlanConfiguration"),
    )
    __ece_extra__ = None
