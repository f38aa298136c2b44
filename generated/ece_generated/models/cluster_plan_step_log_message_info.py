"""ClusterPlanStepLogMessageInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_plan_step_log_message_info_details import ClusterPlanStepLogMessageInfoDetails
    from .cluster_plan_step_log_message_info_internal_details import ClusterPlanStepLogMessageInfoInternalDetails
    from .cluster_plan_step_log_message_info_stage import ClusterPlanStepLogMessageInfoStage


@_define
class ClusterPlanStepLogMessageInfo(Model):
    """The log message from a specified stage of an executed step in a plan.

    Attributes:
        timestamp: Timestamp marking on info log of step
        stage: Stage that info log message takes place in
        message: Human readable log message
        details: A map with details for the log about what happened during the step execution. Keys and values
            for are always both strings, representing the name of the detail and its value, respectively.
        delta_in_millis: Time in milliseconds since previous log message
        internal_details: A json object with sensitive details for the log, visible only to admins. May contain nested
            json objects.
        failure_type: The failure type, in case the step failed
        additional_properties: Keys the spec does not list, kept as received.
    """

    timestamp: str
    stage: ClusterPlanStepLogMessageInfoStage
    message: str
    details: ClusterPlanStepLogMessageInfoDetails
    delta_in_millis: int | Unset = UNSET
    internal_details: ClusterPlanStepLogMessageInfoInternalDetails | Unset | None = UNSET
    failure_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("timestamp", "timestamp", None),
        ("stage", "stage", ("enum", "ClusterPlanStepLogMessageInfoStage")),
        ("message", "message", None),
        ("details", "details", "ClusterPlanStepLogMessageInfoDetails"),
        ("delta_in_millis", "delta_in_millis", None),
        ("internal_details", "internal_details", "ClusterPlanStepLogMessageInfoInternalDetails"),
        ("failure_type", "failure_type", None),
    )
    __ece_extra__ = None
