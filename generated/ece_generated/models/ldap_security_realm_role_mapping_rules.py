"""LdapSecurityRealmRoleMappingRules: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .ldap_security_realm_role_mapping_rule import LdapSecurityRealmRoleMappingRule


@_define
class LdapSecurityRealmRoleMappingRules(Model):
    """The role mapping ruleset for the Elasticsearch security LDAP realm.

    Attributes:
        default_roles: The default roles applied to all users
        rules: The role mapping rules to evaluate
        additional_properties: Keys the spec does not list, kept as received.
    """

    default_roles: list[str]
    rules: list[LdapSecurityRealmRoleMappingRule]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("default_roles", "default_roles", None),
        ("rules", "rules", ("list", "LdapSecurityRealmRoleMappingRule")),
    )
    __ece_extra__ = None
