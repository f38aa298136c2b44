"""StackVersionConfig: generated from the ECE spec by ``make generate``; do not edit."""

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
    from .stack_version_kibana_config import StackVersionKibanaConfig
    from .stack_version_metadata import StackVersionMetadata
    from .stack_version_template_info import StackVersionTemplateInfo


@_define
class StackVersionConfig(Model):
    """The details for an Elastic Stack configuration.

    Attributes:
        template: The template information for an Elastic Stack version.
        elasticsearch: The Elasticsearch configuration for an Elastic Stack version.
        kibana: The Kibana configuration for an Elastic Stack version.
        upgradable_to: Stack Versions that this version can upgrade to
        version: Stack version
        apm: The APM Server configuration for an Elastic Stack version.
        appsearch: AppSearch related configuration of an Elastic Stack version
        enterprise_search: EnterpriseSearch related configuration of an Elastic Stack version
        metadata: The metadata for the Elastic Stack.
        deleted: Identifies that the Elastic Stack version is marked for deletion
        min_upgradable_from: The minimum version recommended to upgrade this version.
        whitelisted: Whether or not this version is whitelisted. This is only relevant in EC (SaaS) and is not sent
            in ECE.
        accessible: Whether or not this version is accessible by the calling user. This is only relevant in EC
            (SaaS) and is not sent in ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    template: StackVersionTemplateInfo
    elasticsearch: StackVersionElasticsearchConfig
    kibana: StackVersionKibanaConfig
    upgradable_to: list[str]
    version: str | Unset = UNSET
    apm: StackVersionApmConfig | Unset | None = UNSET
    appsearch: StackVersionAppSearchConfig | Unset | None = UNSET
    enterprise_search: StackVersionEnterpriseSearchConfig | Unset | None = UNSET
    metadata: StackVersionMetadata | Unset | None = UNSET
    deleted: bool | Unset = UNSET
    min_upgradable_from: str | Unset = UNSET
    whitelisted: bool | Unset = UNSET
    accessible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("template", "template", "StackVersionTemplateInfo"),
        ("elasticsearch", "elasticsearch", "StackVersionElasticsearchConfig"),
        ("kibana", "kibana", "StackVersionKibanaConfig"),
        ("upgradable_to", "upgradable_to", None),
        ("version", "version", None),
        ("apm", "apm", "StackVersionApmConfig"),
        ("appsearch", "appsearch", "StackVersionAppSearchConfig"),
        ("enterprise_search", "enterprise_search", "StackVersionEnterpriseSearchConfig"),
        ("metadata", "metadata", "StackVersionMetadata"),
        ("deleted", "deleted", None),
        ("min_upgradable_from", "min_upgradable_from", None),
        ("whitelisted", "whitelisted", None),
        ("accessible", "accessible", None),
    )
    __ece_extra__ = None
