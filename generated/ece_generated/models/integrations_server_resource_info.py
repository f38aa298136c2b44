"""IntegrationsServerResourceInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .integrations_server_info import IntegrationsServerInfo


@_define
class IntegrationsServerResourceInfo(Model):
    """Describes an Integrations Server resource belonging to a Deployment

    Attributes:
        ref_id: The locally-unique user-specified id of a Resource
        elasticsearch_cluster_ref_id: The Elasticsearch cluster that this resource depends on.
        id: The randomly-generated id of a Resource
        region: The region where this resource exists
        info: The overview information for the Integrations Server.
        additional_properties: Keys the spec does not list, kept as received.
    """

    ref_id: str
    elasticsearch_cluster_ref_id: str
    id: str
    region: str
    info: IntegrationsServerInfo
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("ref_id", "ref_id", None),
        ("elasticsearch_cluster_ref_id", "elasticsearch_cluster_ref_id", None),
        ("id", "id", None),
        ("region", "region", None),
        ("info", "info", "IntegrationsServerInfo"),
    )
    __ece_extra__ = None
