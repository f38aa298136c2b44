"""ContainersEntryOptions: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .containers_entry_options_acl import ContainersEntryOptionsACL
    from .containers_entry_options_auth import ContainersEntryOptionsAuth
    from .containers_entry_options_overrides import ContainersEntryOptionsOverrides


@_define
class ContainersEntryOptions(Model):
    """Options for a ContainersEntry belonging to a role

    Attributes:
        enabled: Whether this allocation is active and should be created.
        auths: ZooKeeper Auths associated with this allocation
        acls: ZooKeeper ACLs associated with this allocation
        runners_secret: Secret shared between the runners that have containers in this container set allocated. (A
            secret: left out of repr.)
        container_set_secret: Secret shared between the containers that are part of this container set. (A secret: left out of
            repr.)
        enabled_by_named_feature_flag: A named feature flag to check whether this container is enabled or not
        overrides: Overrides for the container allocation.
        additional_properties: Keys the spec does not list, kept as received.
    """

    enabled: bool
    auths: list[ContainersEntryOptionsAuth]
    acls: list[ContainersEntryOptionsACL]
    runners_secret: str | Unset = _field(default=UNSET, repr=False)
    container_set_secret: str | Unset = _field(default=UNSET, repr=False)
    enabled_by_named_feature_flag: str | Unset = UNSET
    overrides: ContainersEntryOptionsOverrides | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("enabled", "enabled", None),
        ("auths", "auths", ("list", "ContainersEntryOptionsAuth")),
        ("acls", "acls", ("list", "ContainersEntryOptionsACL")),
        ("runners_secret", "runners_secret", None),
        ("container_set_secret", "container_set_secret", None),
        ("enabled_by_named_feature_flag", "enabled_by_named_feature_flag", None),
        ("overrides", "overrides", "ContainersEntryOptionsOverrides"),
    )
    __ece_extra__ = None
