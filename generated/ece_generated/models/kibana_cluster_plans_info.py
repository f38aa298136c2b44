"""KibanaClusterPlansInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kibana_cluster_plan_info import KibanaClusterPlanInfo


@_define
class KibanaClusterPlansInfo(Model):
    """Information about the current, pending, or past Kibana instance plans.

    Attributes:
        healthy: Whether the plan situation is healthy (if unhealthy, means the last plan attempt failed)
        history:
        current: Information about the current, pending, or past Kibana instance plan.
        pending: Information about the current, pending, or past Kibana instance plan.
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    history: list[KibanaClusterPlanInfo]
    current: KibanaClusterPlanInfo | Unset | None = UNSET
    pending: KibanaClusterPlanInfo | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("history", "history", ("list", "KibanaClusterPlanInfo")),
        ("current", "current", "KibanaClusterPlanInfo"),
        ("pending", "pending", "KibanaClusterPlanInfo"),
    )
    __ece_extra__ = None
