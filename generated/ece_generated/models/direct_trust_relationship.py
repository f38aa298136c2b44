"""DirectTrustRelationship: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .direct_trust_relationship_type import DirectTrustRelationshipType
    from .trusted_certificate import TrustedCertificate


@_define
class DirectTrustRelationship(Model):
    """The trust relationship with entities trusted directly having their certificate bundled together with
    the trust settings.

    Attributes:
        name: a human readable name of the trust relationship
        trust_all: If true, scope_id is required and the `trust_allowlist` is ignored and all clusters matching the
            scope id will be trusted.
        certificates: The public ca certificate(s) to trust. Only one is required, but it is possible to specify
            multiple certificates in order to facilitate key rotation.
        uid: Auto generated identifier for this trust, allows distinguishing between update vs remove and
            add.
        type_: The type can either be ESS, ECE, generic or proxy. If none is specified, then generic is
            assumed. If proxy is specified, trust_all should be false and trust_allowlist, scope_id and
            additional_node_names should be omitted.
        trust_allowlist: The list of clusters with matching scope to trust. Only used when `trust_all` is false.
            Providing one or more clusters makes scope_id mandatory.
        scope_id: A lowercase alphanumerical string of max 32 characters. Usually an organization id or an
            environment id, but could really be any suitable suffix for clusters using the CA certificate of
            this trust. Required unless trust_all is false and trust_allowlist is empty.
        additional_node_names: A list of node names trusted in addition to those deducible from trust_allowlist and scope id.
            Allows trusting nodes that don't have a scoped name at the cost of maintaining the list.
            Mandatory if scope id is not defined. Wildcards are not allowed.
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    trust_all: bool
    certificates: list[TrustedCertificate]
    uid: str | Unset = UNSET
    type_: DirectTrustRelationshipType | Unset = UNSET
    trust_allowlist: list[str] | Unset | None = UNSET
    scope_id: str | Unset = UNSET
    additional_node_names: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("trust_all", "trust_all", None),
        ("certificates", "certificates", ("list", "TrustedCertificate")),
        ("uid", "uid", None),
        ("type_", "type", ("enum", "DirectTrustRelationshipType")),
        ("trust_allowlist", "trust_allowlist", None),
        ("scope_id", "scope_id", None),
        ("additional_node_names", "additional_node_names", None),
    )
    __ece_extra__ = None
