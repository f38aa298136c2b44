"""IntegrationsServerConfigurationUserSettingsJson: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class IntegrationsServerConfigurationUserSettingsJson(Model):
    """An arbitrary JSON object allowing (non-admin) cluster owners to set their parameters (only one of
    this and 'user_settings_yaml' is allowed), provided the parameters are on the allowlist and not on
    the denylist. (This field together with 'user_settings_override*' and 'system_settings' defines the
    total set of Integrations Server settings)
        additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = None
