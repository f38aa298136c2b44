"""AppSearchPlansInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .app_search_plan_info import AppSearchPlanInfo


@_define
class AppSearchPlansInfo(Model):
    """Information about current, pending, and past App Search Server plans.

    Attributes:
        healthy: Whether the plan situation is healthy (if unhealthy, means the last plan attempt failed)
        history:
        current: Information about the App Search Server plan.
        pending: Information about the App Search Server plan.
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    history: list[AppSearchPlanInfo]
    current: AppSearchPlanInfo | Unset | None = UNSET
    pending: AppSearchPlanInfo | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("history", "history", ("list", "AppSearchPlanInfo")),
        ("current", "current", "AppSearchPlanInfo"),
        ("pending", "pending", "AppSearchPlanInfo"),
    )
    __ece_extra__ = None
