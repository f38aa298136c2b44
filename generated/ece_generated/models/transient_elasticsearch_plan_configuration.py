"""TransientElasticsearchPlanConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elasticsearch_plan_control_configuration import ElasticsearchPlanControlConfiguration
    from .plan_strategy import PlanStrategy
    from .remote_resources import RemoteResources
    from .restore_snapshot_configuration import RestoreSnapshotConfiguration
    from .transient_elasticsearch_plan_configuration_cluster_settings_json import (
        TransientElasticsearchPlanConfigurationClusterSettingsJson,
    )


@_define
class TransientElasticsearchPlanConfiguration(Model):
    """Defines the configuration parameters that control how the plan is applied. For example, the
    Elasticsearch cluster topology and Elasticsearch settings.

    Attributes:
        strategy: The options for performing a plan change. Specify only one property each time. The default is
            `grow_and_shrink`.
        plan_configuration: The configuration settings for the timeout and fallback parameters.
        restore_snapshot: Restores a snapshot from a local or remote repository.
        remote_clusters: The list of resources used as remote clusters
        cluster_settings_json: If specified, contains transient settings to be applied to an Elasticsearch cluster during
            changes,default values shown below applied.
            These can be overridden by specifying them in the map (or null to unset). Additional settings
            can also be set. Settings will be cleared after the plan has finished. If not specified, no
            settings will be applied.
            NOTE: These settings are only explicitly cleared for 5.x+ clusters, they must be hand-reset to
            their defaults in 2.x- (or a cluster reboot will clear them).
            - indices.store.throttle.max_bytes_per_sec: 120Mb
            - indices.recovery.max_bytes_per_sec: 120Mb
            - cluster.routing.allocation.cluster_concurrent_rebalance: 5
            - cluster.routing.allocation.node_initial_primaries_recoveries: 5
            - cluster.routing.allocation.node_concurrent_incoming_recoveries: 5
            For version 8.1 and later no defaults are provided through this mechanism, but instead hardware
            dependent settings are provided to each instance.
        additional_properties: Keys the spec does not list, kept as received.
    """

    strategy: PlanStrategy | Unset | None = UNSET
    plan_configuration: ElasticsearchPlanControlConfiguration | Unset | None = UNSET
    restore_snapshot: RestoreSnapshotConfiguration | Unset | None = UNSET
    remote_clusters: RemoteResources | Unset | None = UNSET
    cluster_settings_json: TransientElasticsearchPlanConfigurationClusterSettingsJson | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("strategy", "strategy", "PlanStrategy"),
        ("plan_configuration", "plan_configuration", "ElasticsearchPlanControlConfiguration"),
        ("restore_snapshot", "restore_snapshot", "RestoreSnapshotConfiguration"),
        ("remote_clusters", "remote_clusters", "RemoteResources"),
        (
            "cluster_settings_json",
            "cluster_settings_json",
            "TransientElasticsearchPlanConfigurationClusterSettingsJson",
        ),
    )
    __ece_extra__ = None
