"""DeploymentUpdateResources: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .apm_payload import ApmPayload
    from .app_search_payload import AppSearchPayload
    from .elasticsearch_payload import ElasticsearchPayload
    from .enterprise_search_payload import EnterpriseSearchPayload
    from .integrations_server_payload import IntegrationsServerPayload
    from .kibana_payload import KibanaPayload


@_define
class DeploymentUpdateResources(Model):
    """Describes the Deployment resource updates

    Attributes:
        elasticsearch: A list of payloads for Elasticsearch cluster updates
        kibana: A list of payloads for Kibana updates
        apm: A list of payloads for APM updates
        appsearch: A list of payloads for AppSearch updates. AppSearch has been replaced by Enterprise Search in
            the Elastic Stack 7.7 and higher
        enterprise_search: A list of payloads for Enterprise Search updates
        integrations_server: A list of payloads for Integrations Server updates
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch: list[ElasticsearchPayload] | Unset | None = UNSET
    kibana: list[KibanaPayload] | Unset | None = UNSET
    apm: list[ApmPayload] | Unset | None = UNSET
    appsearch: list[AppSearchPayload] | Unset | None = UNSET
    enterprise_search: list[EnterpriseSearchPayload] | Unset | None = UNSET
    integrations_server: list[IntegrationsServerPayload] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch", "elasticsearch", ("list", "ElasticsearchPayload")),
        ("kibana", "kibana", ("list", "KibanaPayload")),
        ("apm", "apm", ("list", "ApmPayload")),
        ("appsearch", "appsearch", ("list", "AppSearchPayload")),
        ("enterprise_search", "enterprise_search", ("list", "EnterpriseSearchPayload")),
        ("integrations_server", "integrations_server", ("list", "IntegrationsServerPayload")),
    )
    __ece_extra__ = None
