"""ElasticsearchConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elasticsearch_configuration_node_attributes import ElasticsearchConfigurationNodeAttributes
    from .elasticsearch_configuration_user_settings_json import ElasticsearchConfigurationUserSettingsJson
    from .elasticsearch_configuration_user_settings_override_json import (
        ElasticsearchConfigurationUserSettingsOverrideJson,
    )
    from .elasticsearch_curation import ElasticsearchCuration
    from .elasticsearch_system_settings import ElasticsearchSystemSettings
    from .elasticsearch_user_bundle import ElasticsearchUserBundle
    from .elasticsearch_user_plugin import ElasticsearchUserPlugin


@_define
class ElasticsearchConfiguration(Model):
    """The Elasticsearch cluster settings. When specified at the top level, provides a field-by-field
    default. When specified at the topology level, provides the override settings.

    Attributes:
        version: The version of the Elasticsearch cluster (must be one of the ECE supported versions). Currently
            cannot be different across the topology (and is generally specified in the globals). Defaults to
            the latest version if not specified.
        docker_image: A docker URI that allows overriding of the default docker image specified for this version
        system_settings: A subset of Elasticsearch settings. TIP: To define the complete set of Elasticsearch settings,
            use `ElasticsearchSystemSettings` with `user_settings_override*` and `user_settings*`.
        user_settings_json: An arbitrary JSON object allowing cluster owners to set their parameters (only one of this and
            'user_settings_yaml' is allowed), provided the parameters arey are on the allowlist and not on
            the denylist. NOTES: (This field together with 'user_settings_override*' and 'system_settings'
            defines the total set of Elasticsearch settings)
        user_settings_yaml: An arbitrary YAML object allowing cluster owners to set their parameters (only one of this and
            'user_settings_json' is allowed), provided the parameters arey are on the allowlist and not on
            the denylist. NOTES: (This field together with 'user_settings_override*' and 'system_settings'
            defines the total set of Elasticsearch settings)
        user_settings_override_json: An arbitrary JSON object allowing ECE admins owners to set clusters' parameters (only one of
            this and 'user_settings_override_yaml' is allowed), ie in addition to the documented
            'system_settings'. NOTES: (This field together with 'system_settings' and 'user_settings*'
            defines the total set of Elasticsearch settings)
        user_settings_override_yaml: An arbitrary YAML object allowing ECE admins owners to set clusters' parameters (only one of
            this and 'user_settings_override_json' is allowed), ie in addition to the documented
            'system_settings'. NOTES: (This field together with 'system_settings' and 'user_settings*'
            defines the total set of Elasticsearch settings)
        enabled_built_in_plugins: A list of plugin names from the Elastic-supported subset that are bundled with the version
            images. NOTES: (Users should consult the Elastic stack objects to see what plugins are
            available, this is currently only available from the UI)
        user_plugins: A list of admin-uploaded plugin objects that are available for this user.
        user_bundles: A list of admin-uploaded bundle objects (eg scripts, synonym files) that are available for this
            user.
        curation: The structure that defines the routing settings for index curation.
        node_attributes: Defines the Elasticsearch node attributes for the instances in the topology
        additional_properties: Keys the spec does not list, kept as received.
    """

    version: str | Unset = UNSET
    docker_image: str | Unset = UNSET
    system_settings: ElasticsearchSystemSettings | Unset | None = UNSET
    user_settings_json: ElasticsearchConfigurationUserSettingsJson | Unset | None = UNSET
    user_settings_yaml: str | Unset = UNSET
    user_settings_override_json: ElasticsearchConfigurationUserSettingsOverrideJson | Unset | None = UNSET
    user_settings_override_yaml: str | Unset = UNSET
    enabled_built_in_plugins: list[str] | Unset | None = UNSET
    user_plugins: list[ElasticsearchUserPlugin] | Unset | None = UNSET
    user_bundles: list[ElasticsearchUserBundle] | Unset | None = UNSET
    curation: ElasticsearchCuration | Unset | None = UNSET
    node_attributes: ElasticsearchConfigurationNodeAttributes | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("version", "version", None),
        ("docker_image", "docker_image", None),
        ("system_settings", "system_settings", "ElasticsearchSystemSettings"),
        ("user_settings_json", "user_settings_json", "ElasticsearchConfigurationUserSettingsJson"),
        ("user_settings_yaml", "user_settings_yaml", None),
        (
            "user_settings_override_json",
            "user_settings_override_json",
            "ElasticsearchConfigurationUserSettingsOverrideJson",
        ),
        ("user_settings_override_yaml", "user_settings_override_yaml", None),
        ("enabled_built_in_plugins", "enabled_built_in_plugins", None),
        ("user_plugins", "user_plugins", ("list", "ElasticsearchUserPlugin")),
        ("user_bundles", "user_bundles", ("list", "ElasticsearchUserBundle")),
        ("curation", "curation", "ElasticsearchCuration"),
        ("node_attributes", "node_attributes", "ElasticsearchConfigurationNodeAttributes"),
    )
    __ece_extra__ = None
