"""ClusterPlanStepInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_plan_step_info_stage import ClusterPlanStepInfoStage
    from .cluster_plan_step_info_status import ClusterPlanStepInfoStatus
    from .cluster_plan_step_log_message_info import ClusterPlanStepLogMessageInfo


@_define
class ClusterPlanStepInfo(Model):
    """Information about a step in a plan.

    Attributes:
        step_id: ID of current step
        started: When the step started (ISO format in UTC)
        status: The status of the step (success, warning, error - warning means something didn't go as expected
            but it was not serious enough to abort the plan)
        stage: Current stage that the step is in
        info_log: Human readable summaries of the step, including messages for each stage of the step
        completed: When the step completed (ISO format in UTC)
        duration_in_millis: The duration of the step in MS
        additional_properties: Keys the spec does not list, kept as received.
    """

    step_id: str
    started: str
    status: ClusterPlanStepInfoStatus
    stage: ClusterPlanStepInfoStage
    info_log: list[ClusterPlanStepLogMessageInfo]
    completed: str | Unset = UNSET
    duration_in_millis: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("step_id", "step_id", None),
        ("started", "started", None),
        ("status", "status", ("enum", "ClusterPlanStepInfoStatus")),
        ("stage", "stage", ("enum", "ClusterPlanStepInfoStage")),
        ("info_log", "info_log", ("list", "ClusterPlanStepLogMessageInfo")),
        ("completed", "completed", None),
        ("duration_in_millis", "duration_in_millis", None),
    )
    __ece_extra__ = None
