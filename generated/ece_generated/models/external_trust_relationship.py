"""ExternalTrustRelationship: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ExternalTrustRelationship(Model):
    """The trust relationship with external entities (remote environments, remote accounts...).

    Attributes:
        trust_relationship_id: The ID of the external trust relationship
        trust_all: If true, all clusters in this external entity will be trusted and the `trust_allowlist` is
            ignored.
        name: The name of the external trust relationship. Retrieved from the TrustRelationship and ignored on
            write.
        trust_allowlist: The list of clusters to trust. Only used when `trust_all` is false.
        additional_properties: Keys the spec does not list, kept as received.
    """

    trust_relationship_id: str
    trust_all: bool
    name: str | Unset = UNSET
    trust_allowlist: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("trust_relationship_id", "trust_relationship_id", None),
        ("trust_all", "trust_all", None),
        ("name", "name", None),
        ("trust_allowlist", "trust_allowlist", None),
    )
    __ece_extra__ = None
