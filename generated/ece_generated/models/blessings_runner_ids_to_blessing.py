"""BlessingsRunnerIdsToBlessing: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .blessing import Blessing


@_define
class BlessingsRunnerIdsToBlessing(Model):
    """A mapping of Runner Ids to whether or not they are blessed to run the associated role
    additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, Blessing] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = "Blessing"
