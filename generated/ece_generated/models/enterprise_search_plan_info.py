"""EnterpriseSearchPlanInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .change_source_info import ChangeSourceInfo
    from .cluster_plan_attempt_error import ClusterPlanAttemptError
    from .cluster_plan_step_info import ClusterPlanStepInfo
    from .cluster_plan_warning import ClusterPlanWarning
    from .enterprise_search_plan import EnterpriseSearchPlan


@_define
class EnterpriseSearchPlanInfo(Model):
    """Information about the Enterprise Search Server plan.

    Attributes:
        healthy: Either the plan ended successfully, or is not yet completed (and no errors have occurred)
        plan_attempt_log:
        plan_attempt_id: A UUID for each plan attempt
        plan_attempt_name: A human readable name for each plan attempt, only populated when retrieving plan histories
        attempt_start_time: When this plan attempt (ie to apply the plan to the Enterprise Search) started (ISO format in
            UTC)
        attempt_end_time: If this plan completed or failed (ie is not pending), when the attempt ended (ISO format in UTC)
        plan_end_time: If this plan is not current or pending, when the plan was no longer active (ISO format in UTC)
        plan: The plan for the Enterprise Search cluster.
        source: A container for information about the source of a change.
        warnings:
        error: Information about an error during a plan attempt.
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    plan_attempt_log: list[ClusterPlanStepInfo]
    plan_attempt_id: str | Unset = UNSET
    plan_attempt_name: str | Unset = UNSET
    attempt_start_time: str | Unset = UNSET
    attempt_end_time: str | Unset = UNSET
    plan_end_time: str | Unset = UNSET
    plan: EnterpriseSearchPlan | Unset | None = UNSET
    source: ChangeSourceInfo | Unset | None = UNSET
    warnings: list[ClusterPlanWarning] | Unset | None = UNSET
    error: ClusterPlanAttemptError | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("plan_attempt_log", "plan_attempt_log", ("list", "ClusterPlanStepInfo")),
        ("plan_attempt_id", "plan_attempt_id", None),
        ("plan_attempt_name", "plan_attempt_name", None),
        ("attempt_start_time", "attempt_start_time", None),
        ("attempt_end_time", "attempt_end_time", None),
        ("plan_end_time", "plan_end_time", None),
        ("plan", "plan", "EnterpriseSearchPlan"),
        ("source", "source", "ChangeSourceInfo"),
        ("warnings", "warnings", ("list", "ClusterPlanWarning")),
        ("error", "error", "ClusterPlanAttemptError"),
    )
    __ece_extra__ = None
