"""ActiveDirectoryGroupSearch: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .active_directory_group_search_scope import ActiveDirectoryGroupSearchScope


@_define
class ActiveDirectoryGroupSearch(Model):
    """Elasticsearch Security Active Directory realm group search configuration

    Attributes:
        base_dn: Specifies a container DN to search for groups in which the user has membership
        scope: Specifies whether the group search should be sub_tree, one_level or base. one_level only
            searches objects directly contained within the base_dn. The default sub_tree searches all
            objects contained under base_dn. base specifies that the base_dn is a group object, and that it
            is the only group considered.
        additional_properties: Keys the spec does not list, kept as received.
    """

    base_dn: str | Unset = UNSET
    scope: ActiveDirectoryGroupSearchScope | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("base_dn", "base_dn", None),
        ("scope", "scope", ("enum", "ActiveDirectoryGroupSearchScope")),
    )
    __ece_extra__ = None
