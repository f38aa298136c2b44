"""EnterpriseSearchPlan: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .enterprise_search_configuration import EnterpriseSearchConfiguration
    from .enterprise_search_topology_element import EnterpriseSearchTopologyElement
    from .transient_enterprise_search_plan_configuration import TransientEnterpriseSearchPlanConfiguration


@_define
class EnterpriseSearchPlan(Model):
    """The plan for the Enterprise Search cluster.

    Attributes:
        enterprise_search:
        cluster_topology:
        transient: Defines configuration parameters that control how the plan (i.e. consisting of the cluster
            topology and Enterprise Search settings) is applied
        additional_properties: Keys the spec does not list, kept as received.
    """

    enterprise_search: EnterpriseSearchConfiguration
    cluster_topology: list[EnterpriseSearchTopologyElement] | Unset | None = UNSET
    transient: TransientEnterpriseSearchPlanConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("enterprise_search", "enterprise_search", "EnterpriseSearchConfiguration"),
        ("cluster_topology", "cluster_topology", ("list", "EnterpriseSearchTopologyElement")),
        ("transient", "transient", "TransientEnterpriseSearchPlanConfiguration"),
    )
    __ece_extra__ = None
