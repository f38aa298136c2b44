"""ElasticsearchClusterRole: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ElasticsearchClusterRole(Model):
    """The authorization information for an Elasticsearch cluster user.

    Attributes:
        username: The username
        roles: The list of roles for this user
        additional_properties: Keys the spec does not list, kept as received.
    """

    username: str
    roles: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("username", "username", None),
        ("roles", "roles", None),
    )
    __ece_extra__ = None
