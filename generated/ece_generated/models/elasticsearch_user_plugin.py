"""ElasticsearchUserPlugin: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ElasticsearchUserPlugin(Model):
    """A list of admin-uploaded plugin objects.

    Attributes:
        name: The name of the plugin
        url: The URL of the plugin (must be accessible from the ECE infrastructure)
        elasticsearch_version: The supported Elasticsearch version (must match the version in the plan)
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    url: str
    elasticsearch_version: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("url", "url", None),
        ("elasticsearch_version", "elasticsearch_version", None),
    )
    __ece_extra__ = None
