"""TransientElasticsearchPlanConfigurationClusterSettingsJson: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class TransientElasticsearchPlanConfigurationClusterSettingsJson(Model):
    """If specified, contains transient settings to be applied to an Elasticsearch cluster during
    changes,default values shown below applied.
    These can be overridden by specifying them in the map (or null to unset). Additional settings can
    also be set. Settings will be cleared after the plan has finished. If not specified, no settings
    will be applied.
    NOTE: These settings are only explicitly cleared for 5.x+ clusters, they must be hand-reset to their
    defaults in 2.x- (or a cluster reboot will clear them).
    - indices.store.throttle.max_bytes_per_sec: 120Mb
    - indices.recovery.max_bytes_per_sec: 120Mb
    - cluster.routing.allocation.cluster_concurrent_rebalance: 5
    - cluster.routing.allocation.node_initial_primaries_recoveries: 5
    - cluster.routing.allocation.node_concurrent_incoming_recoveries: 5
    For version 8.1 and later no defaults are provided through this mechanism, but instead hardware
    dependent settings are provided to each instance.
        additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = None
