"""KibanaSubClusterInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kibana_sub_cluster_info_links import KibanaSubClusterInfoLinks


@_define
class KibanaSubClusterInfo(Model):
    """Information about the Kibana instances associated with the Elasticsearch cluster.

    Attributes:
        kibana_id: The Kibana cluster Id
        enabled: Whether the associated Kibana cluster is currently available
        links: A map of application-specific operations (which map to 'operationId's in the Swagger API) to
            metadata about that operation
        additional_properties: Keys the spec does not list, kept as received.
    """

    kibana_id: str
    enabled: bool
    links: KibanaSubClusterInfoLinks | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("kibana_id", "kibana_id", None),
        ("enabled", "enabled", None),
        ("links", "links", "KibanaSubClusterInfoLinks"),
    )
    __ece_extra__ = None
