"""RoleAggregate: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .blessings_with_meta import BlessingsWithMeta
    from .pending_states_with_meta import PendingStatesWithMeta
    from .role_with_meta import RoleWithMeta


@_define
class RoleAggregate(Model):
    """Describes whether certain runners are blessed to run a Role.

    Attributes:
        id: The unique id of this role
        role: Persisted role along with metadata
        blessings: Persisted Blessings along with metadata
        pending: Persisted pending states for a role along with metadata
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    role: RoleWithMeta
    blessings: BlessingsWithMeta | Unset | None = UNSET
    pending: PendingStatesWithMeta | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("role", "role", "RoleWithMeta"),
        ("blessings", "blessings", "BlessingsWithMeta"),
        ("pending", "pending", "PendingStatesWithMeta"),
    )
    __ece_extra__ = None
