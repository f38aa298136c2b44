"""ZkAcl: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ZkAcl(Model):
    """Represents a Zookeeper ACL permission

    Attributes:
        perms: ZK static permissions for admin/all/create/read/write/delete
        scheme: Zookeeper ACL scheme
        id: Identity within provided scheme
        additional_properties: Keys the spec does not list, kept as received.
    """

    perms: int
    scheme: str
    id: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("perms", "perms", None),
        ("scheme", "scheme", None),
        ("id", "id", None),
    )
    __ece_extra__ = None
