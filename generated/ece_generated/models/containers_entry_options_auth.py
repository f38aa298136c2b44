"""ContainersEntryOptionsAuth: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ContainersEntryOptionsAuth(Model):
    """ZooKeeper Authentication information.

    Attributes:
        scheme: Scheme identifier, usually "digest"
        auth: Plain-text auth. For the "digest" scheme (A secret: left out of repr.)
        additional_properties: Keys the spec does not list, kept as received.
    """

    scheme: str
    auth: str = _field(repr=False)
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("scheme", "scheme", None),
        ("auth", "auth", None),
    )
    __ece_extra__ = None
