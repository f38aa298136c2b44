"""IntegrationsServerConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .integrations_server_configuration_mode import IntegrationsServerConfigurationMode
    from .integrations_server_configuration_user_settings_json import IntegrationsServerConfigurationUserSettingsJson
    from .integrations_server_configuration_user_settings_override_json import (
        IntegrationsServerConfigurationUserSettingsOverrideJson,
    )
    from .integrations_server_system_settings import IntegrationsServerSystemSettings


@_define
class IntegrationsServerConfiguration(Model):
    """The configuration options for the Integrations Server.

    Attributes:
        version: The version of the Integrations Server cluster (must be one of the ECE supported versions, and
            won't work unless it matches the Integrations Server version. Leave blank to auto-detect
            version.)
        docker_image: A docker URI that allows overriding of the default docker image specified for this version
        system_settings: A structure that defines a curated subset of the Integrations Server settings.
            TIP: To define the complete set of Integrations Server setting, use `IntegrationsSystemSettings`
            with `user_settings_override_` and `user_settings_`.
        user_settings_json: An arbitrary JSON object allowing (non-admin) cluster owners to set their parameters (only one
            of this and 'user_settings_yaml' is allowed), provided the parameters are on the allowlist and
            not on the denylist. (This field together with 'user_settings_override*' and 'system_settings'
            defines the total set of Integrations Server settings)
        user_settings_yaml: An arbitrary YAML object allowing (non-admin) cluster owners to set their parameters (only one
            of this and 'user_settings_json' is allowed), provided the parameters are on the allowlist and
            not on the denylist. (These field together with 'user_settings_override*' and 'system_settings'
            defines the total set of Integrations Server settings)
        user_settings_override_json: An arbitrary JSON object allowing ECE admins owners to set clusters' parameters (only one of
            this and 'user_settings_override_yaml' is allowed), ie in addition to the documented
            'system_settings'. (This field together with 'system_settings' and 'user_settings*' defines the
            total set of Integrations Server settings)
        user_settings_override_yaml: An arbitrary YAML object allowing ECE admins owners to set clusters' parameters (only one of
            this and 'user_settings_override_json' is allowed), ie in addition to the documented
            'system_settings'. (This field together with 'system_settings' and 'user_settings*' defines the
            total set of Integrations Server settings)
        mode: The mode the Integrations Server is operating in.
        additional_properties: Keys the spec does not list, kept as received.
    """

    version: str | Unset = UNSET
    docker_image: str | Unset = UNSET
    system_settings: IntegrationsServerSystemSettings | Unset | None = UNSET
    user_settings_json: IntegrationsServerConfigurationUserSettingsJson | Unset | None = UNSET
    user_settings_yaml: str | Unset = UNSET
    user_settings_override_json: IntegrationsServerConfigurationUserSettingsOverrideJson | Unset | None = UNSET
    user_settings_override_yaml: str | Unset = UNSET
    mode: IntegrationsServerConfigurationMode | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("version", "version", None),
        ("docker_image", "docker_image", None),
        ("system_settings", "system_settings", "IntegrationsServerSystemSettings"),
        ("user_settings_json", "user_settings_json", "IntegrationsServerConfigurationUserSettingsJson"),
        ("user_settings_yaml", "user_settings_yaml", None),
        (
            "user_settings_override_json",
            "user_settings_override_json",
            "IntegrationsServerConfigurationUserSettingsOverrideJson",
        ),
        ("user_settings_override_yaml", "user_settings_override_yaml", None),
        ("mode", "mode", ("enum", "IntegrationsServerConfigurationMode")),
    )
    __ece_extra__ = None
