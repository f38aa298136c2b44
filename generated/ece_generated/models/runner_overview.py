"""RunnerOverview: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .runner_info import RunnerInfo


@_define
class RunnerOverview(Model):
    """Information about all of the runners.

    Attributes:
        runners: List of runners
        additional_properties: Keys the spec does not list, kept as received.
    """

    runners: list[RunnerInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("runners", "runners", ("list", "RunnerInfo")),)
    __ece_extra__ = None
