"""ClusterSnapshotSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_snapshot_repository_info import ClusterSnapshotRepositoryInfo
    from .cluster_snapshot_retention import ClusterSnapshotRetention


@_define
class ClusterSnapshotSettings(Model):
    """The snapshot configuration settings for an Elasticsearch cluster.

    Attributes:
        repository: Information about the Elasticsearch cluster snapshot repository.
        interval: Interval between snapshots, with the format 'length unit' (space is optional), where unit can be
            one of: d (day), h (hour), min (minute). Default is 30 minutes
        pending_interval: Interval between snapshot progress checks, with the format 'length unit' (space is optional),
            where unit can be one of: d (day), h (hour), min (minute). Default is 1 minute
        wait_time_after_snapshotting: The time to wait between snapshot phases (snapshot, purge), with the format 'length unit' (space
            is optional), where unit can be one of: d (day), h (hour), min (minute). Default is 10 minutes
        enabled: Indicates if Snapshotting is enabled
        suspended: List of temporary snapshot suspensions
        retention: Information about the Elasticsearch cluster snapshot retention.
        slm: When set to true, the deployment will have SLM enabled. Default value is true.
        cron_expression: Cron expression indicating when should snapshots be taken. This can be enabled only if SLM is
            enabled for the deployment and 'interval' is not present
        additional_properties: Keys the spec does not list, kept as received.
    """

    repository: ClusterSnapshotRepositoryInfo | Unset | None = UNSET
    interval: str | Unset = UNSET
    pending_interval: str | Unset = UNSET
    wait_time_after_snapshotting: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    suspended: list[str] | Unset | None = UNSET
    retention: ClusterSnapshotRetention | Unset | None = UNSET
    slm: bool | Unset = UNSET
    cron_expression: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("repository", "repository", "ClusterSnapshotRepositoryInfo"),
        ("interval", "interval", None),
        ("pending_interval", "pending_interval", None),
        ("wait_time_after_snapshotting", "wait_time_after_snapshotting", None),
        ("enabled", "enabled", None),
        ("suspended", "suspended", None),
        ("retention", "retention", "ClusterSnapshotRetention"),
        ("slm", "slm", None),
        ("cron_expression", "cron_expression", None),
    )
    __ece_extra__ = None
