"""Orphaned: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .orphaned_elasticsearch import OrphanedElasticsearch


@_define
class Orphaned(Model):
    """Details about orphaned resources.

    Attributes:
        elasticsearch: List of orphaned Elasticsearch resources
        kibana: List of orphaned Kibana resource ids
        apm: List of orphaned APM resource ids
        appsearch: List of orphaned AppSearch resource ids
        enterprise_search: List of orphaned Enterprise Search resource ids
        integrations_server: List of orphaned Integrations Server resource ids
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch: list[OrphanedElasticsearch]
    kibana: list[str]
    apm: list[str]
    appsearch: list[str]
    enterprise_search: list[str]
    integrations_server: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch", "elasticsearch", ("list", "OrphanedElasticsearch")),
        ("kibana", "kibana", None),
        ("apm", "apm", None),
        ("appsearch", "appsearch", None),
        ("enterprise_search", "enterprise_search", None),
        ("integrations_server", "integrations_server", None),
    )
    __ece_extra__ = None
