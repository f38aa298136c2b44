"""LdapUserSearch: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ldap_user_search_scope import LdapUserSearchScope


@_define
class LdapUserSearch(Model):
    """The user search configuration for the Elasticsearch security LDAP realm.

    Attributes:
        base_dn: Specifies a container DN to search for users
        scope: The scope of the user search. Valid values are sub_tree, one_level, or base. one_level only
            searches objects directly contained in the base_dn. sub_tree searches all objects contained in
            base_dn. base specifies that the base_dn is the user object, and that it is the only user
            considered. Defaults to sub_tree.
        filter_: Specifies the filter to search the directory and match an entry with the username provided by
            the user. Defaults to (uid={0}). {0} is substituted with the username provided when searching.
        additional_properties: Keys the spec does not list, kept as received.
    """

    base_dn: str | Unset = UNSET
    scope: LdapUserSearchScope | Unset = UNSET
    filter_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("base_dn", "base_dn", None),
        ("scope", "scope", ("enum", "LdapUserSearchScope")),
        ("filter_", "filter", None),
    )
    __ece_extra__ = None
