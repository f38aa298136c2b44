"""ElasticsearchClusterUser: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ElasticsearchClusterUser(Model):
    """The information about an Elasticsearch cluster user.

    Attributes:
        username: The username
        password_hash: The hashed password (A secret: left out of repr.)
        additional_properties: Keys the spec does not list, kept as received.
    """

    username: str
    password_hash: str = _field(repr=False)
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("username", "username", None),
        ("password_hash", "password_hash", None),
    )
    __ece_extra__ = None
