"""RegionInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .allocators_summary import AllocatorsSummary
    from .constructor_overview import ConstructorOverview
    from .container_sets_summary import ContainerSetsSummary
    from .coordinators_summary import CoordinatorsSummary
    from .platform_resources_summary import PlatformResourcesSummary
    from .proxies_summary import ProxiesSummary
    from .runners_summary import RunnersSummary
    from .zookeeper_summary import ZookeeperSummary


@_define
class RegionInfo(Model):
    """Information about a region.

    Attributes:
        region_id: Identifier of this region
        zookeeper_states: Information about the ZooKeeper state.
        allocators: Summarized information about allocators.
        runners: Summarized information about the runners.
        proxies: Summarized information about proxies.
        container_sets_status: Summarized information about container sets
        constructors: The overview information for the installed constructors.
        coordinators: Summarized information about coordinators.
        resources: Information about resources.
        additional_properties: Keys the spec does not list, kept as received.
    """

    region_id: str
    zookeeper_states: ZookeeperSummary
    allocators: AllocatorsSummary
    runners: RunnersSummary
    proxies: ProxiesSummary
    container_sets_status: ContainerSetsSummary
    constructors: ConstructorOverview
    coordinators: CoordinatorsSummary
    resources: PlatformResourcesSummary
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("region_id", "region_id", None),
        ("zookeeper_states", "zookeeper_states", "ZookeeperSummary"),
        ("allocators", "allocators", "AllocatorsSummary"),
        ("runners", "runners", "RunnersSummary"),
        ("proxies", "proxies", "ProxiesSummary"),
        ("container_sets_status", "container_sets_status", "ContainerSetsSummary"),
        ("constructors", "constructors", "ConstructorOverview"),
        ("coordinators", "coordinators", "CoordinatorsSummary"),
        ("resources", "resources", "PlatformResourcesSummary"),
    )
    __ece_extra__ = None
