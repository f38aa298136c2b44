"""ObservabilityIssue: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._convert import Model


@define
class ObservabilityIssue(Model):
    """Observability health issue

    Attributes:
        description: A user-friendly description of the observability health issue
        severity: Severity of the health issue
        additional_properties: Keys the spec does not list, kept as received.
    """

    description: str
    severity: str
    additional_properties: dict[str, Any] = field(factory=dict)

    __ece_fields__ = (
        ("description", "description", None),
        ("severity", "severity", None),
    )
    __ece_extra__ = None
