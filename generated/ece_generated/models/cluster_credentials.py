"""ClusterCredentials: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ClusterCredentials(Model):
    """The username and password for the new Elasticsearch cluster, which is returned from the
    Elasticsearch cluster `create` command.

    Attributes:
        username: The username of the newly created cluster
        password: The password of the newly created cluster (A secret: left out of repr.)
        additional_properties: Keys the spec does not list, kept as received.
    """

    username: str
    password: str = _field(repr=False)
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("username", "username", None),
        ("password", "password", None),
    )
    __ece_extra__ = None
