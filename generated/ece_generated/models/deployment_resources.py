"""DeploymentResources: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .apm_resource_info import ApmResourceInfo
    from .app_search_resource_info import AppSearchResourceInfo
    from .elasticsearch_resource_info import ElasticsearchResourceInfo
    from .enterprise_search_resource_info import EnterpriseSearchResourceInfo
    from .integrations_server_resource_info import IntegrationsServerResourceInfo
    from .kibana_resource_info import KibanaResourceInfo


@_define
class DeploymentResources(Model):
    """Describes a resource belonging to a Deployment

    Attributes:
        elasticsearch: List of Elasticsearch resources in your Deployment
        kibana: List of Kibana resources in your Deployment
        apm: List of Apm resources in your Deployment
        appsearch: List of App Search resources in your Deployment
        enterprise_search: List of Enterprise Search resources in your Deployment
        integrations_server: List of Integrations Server resources in your Deployment
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch: list[ElasticsearchResourceInfo]
    kibana: list[KibanaResourceInfo]
    apm: list[ApmResourceInfo]
    appsearch: list[AppSearchResourceInfo]
    enterprise_search: list[EnterpriseSearchResourceInfo] | Unset | None = UNSET
    integrations_server: list[IntegrationsServerResourceInfo] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch", "elasticsearch", ("list", "ElasticsearchResourceInfo")),
        ("kibana", "kibana", ("list", "KibanaResourceInfo")),
        ("apm", "apm", ("list", "ApmResourceInfo")),
        ("appsearch", "appsearch", ("list", "AppSearchResourceInfo")),
        ("enterprise_search", "enterprise_search", ("list", "EnterpriseSearchResourceInfo")),
        ("integrations_server", "integrations_server", ("list", "IntegrationsServerResourceInfo")),
    )
    __ece_extra__ = None
