"""ElasticsearchPayload: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elasticsearch_cluster_plan import ElasticsearchClusterPlan
    from .elasticsearch_cluster_settings import ElasticsearchClusterSettings


@_define
class ElasticsearchPayload(Model):
    """An alias for an Elasticsearch Cluster paired with a request for creating one

    Attributes:
        ref_id: A locally-unique user-specified id for this Elasticsearch cluster
        region: The region where this resource exists
        plan: The plan for the Elasticsearch cluster.
        display_name: The human readable name for the cluster (defaults to the generated cluster id if not specified)
        settings: The settings for an Elasticsearch cluster.
        additional_properties: Keys the spec does not list, kept as received.
    """

    ref_id: str
    region: str
    plan: ElasticsearchClusterPlan
    display_name: str | Unset = UNSET
    settings: ElasticsearchClusterSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("ref_id", "ref_id", None),
        ("region", "region", None),
        ("plan", "plan", "ElasticsearchClusterPlan"),
        ("display_name", "display_name", None),
        ("settings", "settings", "ElasticsearchClusterSettings"),
    )
    __ece_extra__ = None
