"""AutoOpsSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .auto_ops_settings_status import AutoOpsSettingsStatus


@_define
class AutoOpsSettings(Model):
    """AutoOps settings for this deployment.

    Attributes:
        status: See AutoOps integration status for this deployment.
        additional_properties: Keys the spec does not list, kept as received.
    """

    status: AutoOpsSettingsStatus
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("status", "status", ("enum", "AutoOpsSettingsStatus")),)
    __ece_extra__ = None
