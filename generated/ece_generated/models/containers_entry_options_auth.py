"""ContainersEntryOptionsAuth: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model


@_define
class ContainersEntryOptionsAuth(Model):
    """ZooKeeper Authentication information.

    Attributes:
        scheme: Scheme identifier, usually "digest"
        auth: Plain-text auth. For the "digest" scheme
        additional_properties: Keys the spec does not list, kept as received.
    """

    scheme: str
    auth: str
    additional_properties: dict[str, Any] = _field(factory=dict)

    __ece_fields__ = (
        ("scheme", "scheme", None),
        ("auth", "auth", None),
    )
    __ece_extra__ = None
