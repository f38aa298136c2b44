"""ElasticsearchMonitoringInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ElasticsearchMonitoringInfo(Model):
    """Information about the monitoring status for the Elasticsearch cluster.

    Attributes:
        healthy: Whether the Monitoring configuration has been successfully applied
        last_modified: The time the monitoring configuration was last changed
        last_update_status: The status message from the last update (successful or not)
        source_cluster_ids: The list of clusters Ids from which this cluster is currently receiving monitoring data
        destination_cluster_ids: The list of clusters Ids to which this cluster is currently sending monitoring data
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    last_modified: str
    last_update_status: str
    source_cluster_ids: list[str]
    destination_cluster_ids: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("last_modified", "last_modified", None),
        ("last_update_status", "last_update_status", None),
        ("source_cluster_ids", "source_cluster_ids", None),
        ("destination_cluster_ids", "destination_cluster_ids", None),
    )
    __ece_extra__ = None
