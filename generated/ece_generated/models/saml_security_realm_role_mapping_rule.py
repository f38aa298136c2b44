"""SamlSecurityRealmRoleMappingRule: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .saml_security_realm_role_mapping_rule_type import SamlSecurityRealmRoleMappingRuleType


@_define
class SamlSecurityRealmRoleMappingRule(Model):
    """The mapping rule for the Elasticsearch security SAML role.

    Attributes:
        type_: The type of role mapping rule
        roles: The roles that are applied when the mapping rule is successfully evaluated
        value: The value to match when evaluating this rule
        additional_properties: Keys the spec does not list, kept as received.
    """

    type_: SamlSecurityRealmRoleMappingRuleType
    roles: list[str]
    value: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("type_", "type", ("enum", "SamlSecurityRealmRoleMappingRuleType")),
        ("roles", "roles", None),
        ("value", "value", None),
    )
    __ece_extra__ = None
