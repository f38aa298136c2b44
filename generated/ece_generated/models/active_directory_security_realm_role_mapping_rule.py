"""ActiveDirectorySecurityRealmRoleMappingRule: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .active_directory_security_realm_role_mapping_rule_type import ActiveDirectorySecurityRealmRoleMappingRuleType


@_define
class ActiveDirectorySecurityRealmRoleMappingRule(Model):
    """Elasticsearch Security Active Directory role mapping rule

    Attributes:
        type_: The type of role mapping rule
        roles: The roles that are applied when the mapping rule is successfully evaluated
        value: The value to match when evaluating this rule
        additional_properties: Keys the spec does not list, kept as received.
    """

    type_: ActiveDirectorySecurityRealmRoleMappingRuleType
    roles: list[str]
    value: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("type_", "type", ("enum", "ActiveDirectorySecurityRealmRoleMappingRuleType")),
        ("roles", "roles", None),
        ("value", "value", None),
    )
    __ece_extra__ = None
