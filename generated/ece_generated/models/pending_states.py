"""PendingStates: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .pending_states_runner_ids_to_pending_state import PendingStatesRunnerIdsToPendingState


@_define
class PendingStates(Model):
    """Describes whether certain runners are waiting to be blessed.

    Attributes:
        runner_ids_to_pending_state: A mapping of Runner Ids to whether or not they are waiting to be blessed to run the associated
            role
        additional_properties: Keys the spec does not list, kept as received.
    """

    runner_ids_to_pending_state: PendingStatesRunnerIdsToPendingState
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("runner_ids_to_pending_state", "runner_ids_to_pending_state", "PendingStatesRunnerIdsToPendingState"),
    )
    __ece_extra__ = None
