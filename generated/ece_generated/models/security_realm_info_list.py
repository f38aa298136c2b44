"""SecurityRealmInfoList: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .security_realm_info import SecurityRealmInfo


@_define
class SecurityRealmInfoList(Model):
    """A list of Elasticsearch security realms.

    Attributes:
        realms: The list of security realms
        additional_properties: Keys the spec does not list, kept as received.
    """

    realms: list[SecurityRealmInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("realms", "realms", ("list", "SecurityRealmInfo")),)
    __ece_extra__ = None
