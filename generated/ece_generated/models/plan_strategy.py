"""PlanStrategy: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .autodetect_strategy_config import AutodetectStrategyConfig
    from .grow_shrink_strategy_config import GrowShrinkStrategyConfig
    from .rolling_grow_shrink_strategy_config import RollingGrowShrinkStrategyConfig
    from .rolling_strategy_config import RollingStrategyConfig


@_define
class PlanStrategy(Model):
    """The options for performing a plan change. Specify only one property each time. The default is
    `grow_and_shrink`.

    Attributes:
        rolling: Performs inline, rolling configuration changes that mutate existing containers. TIP: This is the
            fastest way to update a plan, but can fail for complex plan changes, such as topology changes.
            Also, this is less safe for configuration changes that leave a cluster in a non running state.
            NOTE: When you perform a major version upgrade, and 'group_by' is set to
            'pass:macros[__all__]';, rolling is required.
        grow_and_shrink: A strategy that creates instances with the new plan, migrates data from the old instances, then
            shuts down the old instances. `GrowShrinkStrategyConfig` is safer than 'rolling' and ensures
            single node availability during a plan change, but can be a lot slower on larger clusters.
        rolling_grow_and_shrink: A strategy that creates new Elasticsearch instances, Kibana instances, and APM Servers with the
            new plan, then migrates the node data to minimize the amount of spare capacity.
        autodetect: A strategy that lets constructor choose the most optimal way to execute the plan.
        additional_properties: Keys the spec does not list, kept as received.
    """

    rolling: RollingStrategyConfig | Unset | None = UNSET
    grow_and_shrink: GrowShrinkStrategyConfig | Unset | None = UNSET
    rolling_grow_and_shrink: RollingGrowShrinkStrategyConfig | Unset | None = UNSET
    autodetect: AutodetectStrategyConfig | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("rolling", "rolling", "RollingStrategyConfig"),
        ("grow_and_shrink", "grow_and_shrink", "GrowShrinkStrategyConfig"),
        ("rolling_grow_and_shrink", "rolling_grow_and_shrink", "RollingGrowShrinkStrategyConfig"),
        ("autodetect", "autodetect", "AutodetectStrategyConfig"),
    )
    __ece_extra__ = None
