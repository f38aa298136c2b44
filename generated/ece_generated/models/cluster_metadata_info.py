"""ClusterMetadataInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_metadata_info_raw import ClusterMetadataInfoRaw
    from .cluster_metadata_port_info import ClusterMetadataPortInfo
    from .service_url import ServiceUrl


@_define
class ClusterMetadataInfo(Model):
    """Information about the public and internal state, and the configuration settings of an Elasticsearch
    cluster.

    Attributes:
        version: The resource version number of the cluster metadata
        last_modified: The most recent time the cluster metadata was changed (ISO format in UTC)
        endpoint: The DNS name of the cluster endpoint, if available
        service_url: The full URL to access this deployment resource
        aliased_endpoint: The DNS name of the cluster endpoint derived from the deployment alias, if available
        aliased_url: The full aliased URL to access this deployment resource
        cloud_id: The cloud ID, an encoded string that provides other Elastic services with the necessary
            information to connect to this Elasticsearch and Kibana (only present if both exist)
        raw: An unstructured JSON representation of the public and internal state (can be filtered out via
            URL parameter). The contents and structure of the `raw` field can change at any time.
        ports: Information about the ports that allow communication between the Elasticsearch cluster and
            various protocols.
        services_urls: A list of the URLs to access services that the resource provides at this time. Note that if the
            service is not running or has not started yet, the URL to access it won't be available
        additional_properties: Keys the spec does not list, kept as received.
    """

    version: int
    last_modified: str
    endpoint: str | Unset = UNSET
    service_url: str | Unset = UNSET
    aliased_endpoint: str | Unset = UNSET
    aliased_url: str | Unset = UNSET
    cloud_id: str | Unset = UNSET
    raw: ClusterMetadataInfoRaw | Unset | None = UNSET
    ports: ClusterMetadataPortInfo | Unset | None = UNSET
    services_urls: list[ServiceUrl] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("version", "version", None),
        ("last_modified", "last_modified", None),
        ("endpoint", "endpoint", None),
        ("service_url", "service_url", None),
        ("aliased_endpoint", "aliased_endpoint", None),
        ("aliased_url", "aliased_url", None),
        ("cloud_id", "cloud_id", None),
        ("raw", "raw", "ClusterMetadataInfoRaw"),
        ("ports", "ports", "ClusterMetadataPortInfo"),
        ("services_urls", "services_urls", ("list", "ServiceUrl")),
    )
    __ece_extra__ = None
