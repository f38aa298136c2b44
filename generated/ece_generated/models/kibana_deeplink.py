"""KibanaDeeplink: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class KibanaDeeplink(Model):
    """Embedded object that contains information for linking into a specific Kibana page configured via the
    template.

    Attributes:
        semver: Semver condition when to apply the URI.
        uri: URI to which the user should be directed.
        additional_properties: Keys the spec does not list, kept as received.
    """

    semver: str
    uri: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("semver", "semver", None),
        ("uri", "uri", None),
    )
    __ece_extra__ = None
