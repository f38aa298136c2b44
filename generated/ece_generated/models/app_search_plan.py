"""AppSearchPlan: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .app_search_configuration import AppSearchConfiguration
    from .app_search_topology_element import AppSearchTopologyElement
    from .transient_app_search_plan_configuration import TransientAppSearchPlanConfiguration


@_define
class AppSearchPlan(Model):
    """The plan for the App Search cluster.

    Attributes:
        appsearch:
        cluster_topology:
        transient: Defines configuration parameters that control how the plan (ie consisting of the cluster
            topology and AppSearch settings) is applied
        additional_properties: Keys the spec does not list, kept as received.
    """

    appsearch: AppSearchConfiguration
    cluster_topology: list[AppSearchTopologyElement] | Unset | None = UNSET
    transient: TransientAppSearchPlanConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("appsearch", "appsearch", "AppSearchConfiguration"),
        ("cluster_topology", "cluster_topology", ("list", "AppSearchTopologyElement")),
        ("transient", "transient", "TransientAppSearchPlanConfiguration"),
    )
    __ece_extra__ = None
