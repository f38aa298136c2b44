"""ElasticsearchConfigurationUserSettingsOverrideJson: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ElasticsearchConfigurationUserSettingsOverrideJson(Model):
    """An arbitrary JSON object allowing ECE admins owners to set clusters' parameters (only one of this
    and 'user_settings_override_yaml' is allowed), ie in addition to the documented 'system_settings'.
    NOTES: (This field together with 'system_settings' and 'user_settings*' defines the total set of
    Elasticsearch settings)
        additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = None
