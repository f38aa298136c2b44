"""RunnerInfoFeatures: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from attrs import define, field

from .._convert import Model


@define
class RunnerInfoFeatures(Model):
    """State of features of the runner
    additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, bool] = field(factory=dict)

    __ece_fields__ = ()
    __ece_extra__ = None
