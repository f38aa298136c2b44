"""Creates: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .apm import Apm
    from .app_search import AppSearch
    from .elasticsearch import Elasticsearch
    from .enterprise_search import EnterpriseSearch
    from .integrations_server import IntegrationsServer
    from .kibana import Kibana


@_define
class Creates(Model):
    """Holds diagnostics for resources that will be created

    Attributes:
        elasticsearch: Diagnostics for Elasticsearch clusters
        kibana: Diagnostics for Kibanas
        apm: Diagnostics for APMs
        integrations_server: Diagnostics for Integrations Server
        appsearch: Diagnostics for AppSearches
        enterprise_search: Diagnostics for Enterprise Search resources
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch: list[Elasticsearch] | Unset | None = UNSET
    kibana: list[Kibana] | Unset | None = UNSET
    apm: list[Apm] | Unset | None = UNSET
    integrations_server: list[IntegrationsServer] | Unset | None = UNSET
    appsearch: list[AppSearch] | Unset | None = UNSET
    enterprise_search: list[EnterpriseSearch] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch", "elasticsearch", ("list", "Elasticsearch")),
        ("kibana", "kibana", ("list", "Kibana")),
        ("apm", "apm", ("list", "Apm")),
        ("integrations_server", "integrations_server", ("list", "IntegrationsServer")),
        ("appsearch", "appsearch", ("list", "AppSearch")),
        ("enterprise_search", "enterprise_search", ("list", "EnterpriseSearch")),
    )
    __ece_extra__ = None
