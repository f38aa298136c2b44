"""IntegrationsServerPayload: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .integrations_server_plan import IntegrationsServerPlan
    from .integrations_server_settings import IntegrationsServerSettings


@_define
class IntegrationsServerPayload(Model):
    """An Integrations Server creation request paired with the alias of the Elasticsearch cluster it should
    be paired with

    Attributes:
        ref_id: A locally-unique user-specified id for the Integrations Server
        elasticsearch_cluster_ref_id: Alias to the Elasticsearch Cluster to attach the Integrations Server to
        region: The region where this resource exists
        plan: The plan for the Integrations Server.
        display_name: The human readable name for the Integrations Server cluster (default: takes the name of its
            Elasticsearch cluster)
        settings: The settings for the Integrations Server.
        additional_properties: Keys the spec does not list, kept as received.
    """

    ref_id: str
    elasticsearch_cluster_ref_id: str
    region: str
    plan: IntegrationsServerPlan
    display_name: str | Unset = UNSET
    settings: IntegrationsServerSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("ref_id", "ref_id", None),
        ("elasticsearch_cluster_ref_id", "elasticsearch_cluster_ref_id", None),
        ("region", "region", None),
        ("plan", "plan", "IntegrationsServerPlan"),
        ("display_name", "display_name", None),
        ("settings", "settings", "IntegrationsServerSettings"),
    )
    __ece_extra__ = None
