"""LdapSecurityRealmLoadBalance: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ldap_security_realm_load_balance_type import LdapSecurityRealmLoadBalanceType


@_define
class LdapSecurityRealmLoadBalance(Model):
    """The load balancing configuration for the Elasticsearch security LDAP realm.

    Attributes:
        type_: The behavior to use when there are multiple LDAP URLs defined
        cache_ttl: When using dns_failover or dns_round_robin as the load balancing type, this setting controls the
            amount of time to cache DNS lookups. Defaults to 1h.
        additional_properties: Keys the spec does not list, kept as received.
    """

    type_: LdapSecurityRealmLoadBalanceType | Unset = UNSET
    cache_ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("type_", "type", ("enum", "LdapSecurityRealmLoadBalanceType")),
        ("cache_ttl", "cache_ttl", None),
    )
    __ece_extra__ = None
