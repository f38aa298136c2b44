"""LdapGroupSearch: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ldap_group_search_scope import LdapGroupSearchScope


@_define
class LdapGroupSearch(Model):
    """The group search configuration for the Elasticsearch security LDAP realm.

    Attributes:
        base_dn: Specifies a container DN to search for groups in which the user has membership
        scope: Specifies whether the group search should be sub_tree, one_level or base. one_level only
            searches objects directly contained within the base_dn. The default sub_tree searches all
            objects contained under base_dn. base specifies that the base_dn is a group object, and that it
            is the only group considered.
        filter_: Specifies a filter to search for a group. When unspecified, the security realm searches for
            group, groupOfNames, groupOfUniqueNames, or posixGroup with the attributes member, memberOf, or
            memberUid. Any instance of {0} in the filter is replaced by the user attribute defined in
            user_attribute.
        user_attribute: Specifies the user attribute that is fetched and provided as a parameter to the filter. When
            unspecified, the user DN is passed to the filter.
        additional_properties: Keys the spec does not list, kept as received.
    """

    base_dn: str | Unset = UNSET
    scope: LdapGroupSearchScope | Unset = UNSET
    filter_: str | Unset = UNSET
    user_attribute: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("base_dn", "base_dn", None),
        ("scope", "scope", ("enum", "LdapGroupSearchScope")),
        ("filter_", "filter", None),
        ("user_attribute", "user_attribute", None),
    )
    __ece_extra__ = None
