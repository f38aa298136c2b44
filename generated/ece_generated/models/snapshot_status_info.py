"""SnapshotStatusInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class SnapshotStatusInfo(Model):
    """Information about the snapshot status for the Elasticsearch cluster. For example, the health status.

    Attributes:
        healthy: Health status of snapshots for this cluster
        count: Number of snapshots stored for this cluster
        recent_success: Indicates whether the cluster has a relatively recent successful snapshot.
        latest_successful: Latest snapshot status
        latest_status: Status of the latest snapshot attempt, if any exist.
        scheduled_time: Scheduled time of next snapshot attempt
        latest_end_time: The end time of the most recently attempted snapshot
        latest_successful_end_time: The end time of the most recently successful snapshot
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    count: int
    recent_success: bool
    latest_successful: bool | Unset = UNSET
    latest_status: str | Unset = UNSET
    scheduled_time: str | Unset = UNSET
    latest_end_time: str | Unset = UNSET
    latest_successful_end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("count", "count", None),
        ("recent_success", "recent_success", None),
        ("latest_successful", "latest_successful", None),
        ("latest_status", "latest_status", None),
        ("scheduled_time", "scheduled_time", None),
        ("latest_end_time", "latest_end_time", None),
        ("latest_successful_end_time", "latest_successful_end_time", None),
    )
    __ece_extra__ = None
