"""ClusterPlanAttemptError: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_plan_attempt_error_details import ClusterPlanAttemptErrorDetails


@_define
class ClusterPlanAttemptError(Model):
    """Information about an error during a plan attempt.

    Attributes:
        timestamp: Timestamp marking on info log of step
        message: Human readable error message
        details: A map with details regarding the error. Both the keys and values are always strings,
            representing the name of the detail and its value, respectively.
        failure_type: The failure type
        additional_properties: Keys the spec does not list, kept as received.
    """

    timestamp: str
    message: str
    details: ClusterPlanAttemptErrorDetails
    failure_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("timestamp", "timestamp", None),
        ("message", "message", None),
        ("details", "details", "ClusterPlanAttemptErrorDetails"),
        ("failure_type", "failure_type", None),
    )
    __ece_extra__ = None
