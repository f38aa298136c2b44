"""TransientAppSearchPlanConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .app_search_plan_control_configuration import AppSearchPlanControlConfiguration
    from .plan_strategy import PlanStrategy


@_define
class TransientAppSearchPlanConfiguration(Model):
    """Defines configuration parameters that control how the plan (ie consisting of the cluster topology
    and AppSearch settings) is applied

    Attributes:
        strategy: The options for performing a plan change. Specify only one property each time. The default is
            `grow_and_shrink`.
        plan_configuration:
        additional_properties: Keys the spec does not list, kept as received.
    """

    strategy: PlanStrategy | Unset | None = UNSET
    plan_configuration: AppSearchPlanControlConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("strategy", "strategy", "PlanStrategy"),
        ("plan_configuration", "plan_configuration", "AppSearchPlanControlConfiguration"),
    )
    __ece_extra__ = None
