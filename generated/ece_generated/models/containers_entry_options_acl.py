"""ContainersEntryOptionsACL: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ContainersEntryOptionsACL(Model):
    """ZooKeeper ACL information.

    Attributes:
        id: Identity within the provided scheme.
        perms: Permissions
        scheme: Auth scheme, in Elastic Cloud this is usually "digest"
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    perms: int
    scheme: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("perms", "perms", None),
        ("scheme", "scheme", None),
    )
    __ece_extra__ = None
