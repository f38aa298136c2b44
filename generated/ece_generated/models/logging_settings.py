"""LoggingSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .logging_settings_logging_levels import LoggingSettingsLoggingLevels


@_define
class LoggingSettings(Model):
    """Information about logging settings.

    Attributes:
        logging_levels: Overridden logging levels. Keys are logging levels. Allowable values are OFF, ERROR, WARN, INFO,
            DEBUG, TRACE, ALL
        additional_properties: Keys the spec does not list, kept as received.
    """

    logging_levels: LoggingSettingsLoggingLevels
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("logging_levels", "logging_levels", "LoggingSettingsLoggingLevels"),)
    __ece_extra__ = None
