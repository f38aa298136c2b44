"""ClusterPlanWarning: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ClusterPlanWarning(Model):
    """Information about a warning from a plan.

    Attributes:
        code: A unique warning code
        message: A description of the warning
        step_id: The ID of the step which produced a warning, if any
        additional_properties: Keys the spec does not list, kept as received.
    """

    code: str
    message: str
    step_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("code", "code", None),
        ("message", "message", None),
        ("step_id", "step_id", None),
    )
    __ece_extra__ = None
