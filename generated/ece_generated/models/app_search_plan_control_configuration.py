"""AppSearchPlanControlConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .allocator_move_request import AllocatorMoveRequest
    from .app_search_plan_control_configuration_cluster_reboot import AppSearchPlanControlConfigurationClusterReboot
    from .app_search_plan_control_configuration_preferred_allocator_tags import (
        AppSearchPlanControlConfigurationPreferredAllocatorTags,
    )
    from .instance_move_request import InstanceMoveRequest


@_define
class AppSearchPlanControlConfiguration(Model):
    """AppSearchPlanControlConfiguration (no description in the spec).

    Attributes:
        timeout: The total timeout in seconds after which the plan is cancelled even if it is not complete.
            Defaults to 4x the max memory capacity per node (in MB)
        calm_wait_time: This timeout determines how long to give a cluster after it responds to API calls before
            performing actual operations on it. It defaults to 5s
        move_instances:
        move_allocators:
        reallocate_instances: If true (default: false) does not allow re-using any existing instances currently in the
            cluster, ie even unchanged instances will be re-created
        preferred_allocators: List of allocators on which instances are placed if possible (if not possible/not specified then
            any available allocator with space is used)
        preferred_allocator_tags: Map containing allocators tags in form of key value pairs, increasing the likelihood during move
            requests for allocators with matching tags, to be selected as target allocators
        extended_maintenance: If true (default false), does not clear the maintenance flag (which prevents its API from being
            accessed except by the constructor) on new instances added until after a snapshot has been
            restored, otherwise, the maintenance flag is cleared once the new instances successfully join
            the new cluster
        cluster_reboot: Set to 'forced' to force a reboot as part of the upgrade plan
        override_failsafe: If false (the default), the plan fails if it determines that the request can result in unsafe
            operations. Setting this flag overrides some of these check restraints.
        additional_properties: Keys the spec does not list, kept as received.
    """

    timeout: int | Unset = UNSET
    calm_wait_time: int | Unset = UNSET
    move_instances: list[InstanceMoveRequest] | Unset | None = UNSET
    move_allocators: list[AllocatorMoveRequest] | Unset | None = UNSET
    reallocate_instances: bool | Unset = UNSET
    preferred_allocators: list[str] | Unset | None = UNSET
    preferred_allocator_tags: AppSearchPlanControlConfigurationPreferredAllocatorTags | Unset | None = UNSET
    extended_maintenance: bool | Unset = UNSET
    cluster_reboot: AppSearchPlanControlConfigurationClusterReboot | Unset = UNSET
    override_failsafe: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("timeout", "timeout", None),
        ("calm_wait_time", "calm_wait_time", None),
        ("move_instances", "move_instances", ("list", "InstanceMoveRequest")),
        ("move_allocators", "move_allocators", ("list", "AllocatorMoveRequest")),
        ("reallocate_instances", "reallocate_instances", None),
        ("preferred_allocators", "preferred_allocators", None),
        (
            "preferred_allocator_tags",
            "preferred_allocator_tags",
            "AppSearchPlanControlConfigurationPreferredAllocatorTags",
        ),
        ("extended_maintenance", "extended_maintenance", None),
        ("cluster_reboot", "cluster_reboot", ("enum", "AppSearchPlanControlConfigurationClusterReboot")),
        ("override_failsafe", "override_failsafe", None),
    )
    __ece_extra__ = None
