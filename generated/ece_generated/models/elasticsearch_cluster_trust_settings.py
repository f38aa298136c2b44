"""ElasticsearchClusterTrustSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .account_trust_relationship import AccountTrustRelationship
    from .direct_trust_relationship import DirectTrustRelationship
    from .external_trust_relationship import ExternalTrustRelationship


@_define
class ElasticsearchClusterTrustSettings(Model):
    """Configuration of trust with other clusters.

    Attributes:
        accounts: The list of trust relationships with different accounts
        external: The list of trust relationships with external entities
        direct: The list of trust relationships where the certificate is bundled with the trust setting. Allows
            configuring trust for clusters running outside of an Elastic Cloud managed environment or in an
            Elastic Cloud environment without an environment level trust established.
        additional_properties: Keys the spec does not list, kept as received.
    """

    accounts: list[AccountTrustRelationship] | Unset | None = UNSET
    external: list[ExternalTrustRelationship] | Unset | None = UNSET
    direct: list[DirectTrustRelationship] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("accounts", "accounts", ("list", "AccountTrustRelationship")),
        ("external", "external", ("list", "ExternalTrustRelationship")),
        ("direct", "direct", ("list", "DirectTrustRelationship")),
    )
    __ece_extra__ = None
