"""Blessings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .blessings_runner_ids_to_blessing import BlessingsRunnerIdsToBlessing


@_define
class Blessings(Model):
    """Describes whether certain runners are blessed to run a Role.

    Attributes:
        runner_ids_to_blessing: A mapping of Runner Ids to whether or not they are blessed to run the associated role
        additional_properties: Keys the spec does not list, kept as received.
    """

    runner_ids_to_blessing: BlessingsRunnerIdsToBlessing
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("runner_ids_to_blessing", "runner_ids_to_blessing", "BlessingsRunnerIdsToBlessing"),)
    __ece_extra__ = None
