"""ElasticsearchClusterSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_curation_settings import ClusterCurationSettings
    from .cluster_metadata_settings import ClusterMetadataSettings
    from .cluster_snapshot_settings import ClusterSnapshotSettings
    from .elasticsearch_cluster_trust_settings import ElasticsearchClusterTrustSettings
    from .keystore_contents import KeystoreContents
    from .managed_monitoring_settings import ManagedMonitoringSettings
    from .traffic_filter_settings import TrafficFilterSettings


@_define
class ElasticsearchClusterSettings(Model):
    """The settings for an Elasticsearch cluster.

    Attributes:
        snapshot: The snapshot configuration settings for an Elasticsearch cluster.
        monitoring: The settings for sending monitoring information to another cluster.
        metadata: The top-level configuration settings for the Elasticsearch cluster.
        curation: The index curation settings for an Elasticsearch cluster.
        dedicated_masters_threshold: Threshold starting from which the number of instances in the cluster results in the introduction
            of dedicated masters. If the cluster is downscaled to a number of nodes below this one,
            dedicated masters will be removed. Limit is inclusive. When provided the threshold setting is
            updated. A `null` value removes the field. Otherwise, the setting remains as it was set
            previously.
        traffic_filter: The configuration settings for the traffic filter.
        trust: Configuration of trust with other clusters.
        keystore_contents: The contents of the Elasticsearch keystore.
        additional_properties: Keys the spec does not list, kept as received.
    """

    snapshot: ClusterSnapshotSettings | Unset | None = UNSET
    monitoring: ManagedMonitoringSettings | Unset | None = UNSET
    metadata: ClusterMetadataSettings | Unset | None = UNSET
    curation: ClusterCurationSettings | Unset | None = UNSET
    dedicated_masters_threshold: int | Unset = UNSET
    traffic_filter: TrafficFilterSettings | Unset | None = UNSET
    trust: ElasticsearchClusterTrustSettings | Unset | None = UNSET
    keystore_contents: KeystoreContents | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("snapshot", "snapshot", "ClusterSnapshotSettings"),
        ("monitoring", "monitoring", "ManagedMonitoringSettings"),
        ("metadata", "metadata", "ClusterMetadataSettings"),
        ("curation", "curation", "ClusterCurationSettings"),
        ("dedicated_masters_threshold", "dedicated_masters_threshold", None),
        ("traffic_filter", "traffic_filter", "TrafficFilterSettings"),
        ("trust", "trust", "ElasticsearchClusterTrustSettings"),
        ("keystore_contents", "keystore_contents", "KeystoreContents"),
    )
    __ece_extra__ = None
