"""ElasticsearchClusterPlansInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elasticsearch_cluster_plan_info import ElasticsearchClusterPlanInfo


@_define
class ElasticsearchClusterPlansInfo(Model):
    """Information about the current, pending, and past Elasticsearch cluster plans.

    Attributes:
        healthy: Whether the plan situation is healthy (if unhealthy, means the last plan attempt failed)
        history:
        current: Information about the Elasticsearch cluster plan.
        pending: Information about the Elasticsearch cluster plan.
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    history: list[ElasticsearchClusterPlanInfo]
    current: ElasticsearchClusterPlanInfo | Unset | None = UNSET
    pending: ElasticsearchClusterPlanInfo | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("history", "history", ("list", "ElasticsearchClusterPlanInfo")),
        ("current", "current", "ElasticsearchClusterPlanInfo"),
        ("pending", "pending", "ElasticsearchClusterPlanInfo"),
    )
    __ece_extra__ = None
