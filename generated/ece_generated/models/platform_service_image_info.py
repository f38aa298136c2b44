"""PlatformServiceImageInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class PlatformServiceImageInfo(Model):
    """The docker image that is used to run a service.

    Attributes:
        id: Id of runner that hosts the container
        tag: Image tag
        version: Version of service
        hash_: Image hash code
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    tag: str
    version: str
    hash_: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("tag", "tag", None),
        ("version", "version", None),
        ("hash_", "hash", None),
    )
    __ece_extra__ = None
