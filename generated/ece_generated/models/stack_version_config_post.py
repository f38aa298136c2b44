"""StackVersionConfigPost: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stack_version_apm_config import StackVersionApmConfig
    from .stack_version_app_search_config import StackVersionAppSearchConfig
    from .stack_version_elasticsearch_config import StackVersionElasticsearchConfig
    from .stack_version_enterprise_search_config import StackVersionEnterpriseSearchConfig
    from .stack_version_integrations_server_config import StackVersionIntegrationsServerConfig
    from .stack_version_kibana_config import StackVersionKibanaConfig
    from .stack_version_metadata import StackVersionMetadata


@_define
class StackVersionConfigPost(Model):
    """The configuration for an Elastic Stack version.

    Attributes:
        elasticsearch: The Elasticsearch configuration for an Elastic Stack version.
        kibana: The Kibana configuration for an Elastic Stack version.
        apm: The APM Server configuration for an Elastic Stack version.
        integrations_server: The Integrations Server configuration for an Elastic Stack version.
        appsearch: AppSearch related configuration of an Elastic Stack version
        enterprise_search: EnterpriseSearch related configuration of an Elastic Stack version
        metadata: The metadata for the Elastic Stack.
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch: StackVersionElasticsearchConfig
    kibana: StackVersionKibanaConfig
    apm: StackVersionApmConfig | Unset | None = UNSET
    integrations_server: StackVersionIntegrationsServerConfig | Unset | None = UNSET
    appsearch: StackVersionAppSearchConfig | Unset | None = UNSET
    enterprise_search: StackVersionEnterpriseSearchConfig | Unset | None = UNSET
    metadata: StackVersionMetadata | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch", "elasticsearch", "StackVersionElasticsearchConfig"),
        ("kibana", "kibana", "StackVersionKibanaConfig"),
        ("apm", "apm", "StackVersionApmConfig"),
        ("integrations_server", "integrations_server", "StackVersionIntegrationsServerConfig"),
        ("appsearch", "appsearch", "StackVersionAppSearchConfig"),
        ("enterprise_search", "enterprise_search", "StackVersionEnterpriseSearchConfig"),
        ("metadata", "metadata", "StackVersionMetadata"),
    )
    __ece_extra__ = None
