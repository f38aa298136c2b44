"""RollingStrategyConfig: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class RollingStrategyConfig(Model):
    """Performs inline, rolling configuration changes that mutate existing containers. TIP: This is the
    fastest way to update a plan, but can fail for complex plan changes, such as topology changes. Also,
    this is less safe for configuration changes that leave a cluster in a non running state. NOTE: When
    you perform a major version upgrade, and 'group_by' is set to 'pass:macros[__all__]';, rolling is
    required.

    Attributes:
        group_by: Specifies the grouping attribute to use when rolling several instances. Instances that share the
            same value for the provided attribute key are rolled together as a unit. Examples that make
            sense to use are '\\_\\_all\\_\\_' (roll all instances as a single unit), 'logical_zone_name'
            (roll instances by zone), '\\_\\_name\\_\\_' (roll one instance at a time, the default if not
            specified). Note that '\\_\\_all\\_\\_' is required when performing a major version upgrade
        allow_inline_resize: Whether we allow changing the capacity of instances (default false). This is currently
            implemented by stopping, re-creating then starting the affected instance on its associated
            allocator when performing the changes. NOTES: This requires a round-trip through the allocation
            infrastructure of the active constructor, as it has to reserve the target capacity without over-
            committing
        skip_synced_flush: Whether to skip attempting to do a synced flush on the filesystem of the container (default:
            false), which is less safe but may be required if the container is unhealthy
        shard_init_wait_time: The time, in seconds, to wait for shards that show no progress of initializing before rolling
            the next group (default: 10 minutes)
        additional_properties: Keys the spec does not list, kept as received.
    """

    group_by: str | Unset = UNSET
    allow_inline_resize: bool | Unset = UNSET
    skip_synced_flush: bool | Unset = UNSET
    shard_init_wait_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("group_by", "group_by", None),
        ("allow_inline_resize", "allow_inline_resize", None),
        ("skip_synced_flush", "skip_synced_flush", None),
        ("shard_init_wait_time", "shard_init_wait_time", None),
    )
    __ece_extra__ = None
