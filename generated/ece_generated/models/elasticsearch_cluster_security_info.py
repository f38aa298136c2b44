"""ElasticsearchClusterSecurityInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .elasticsearch_cluster_role import ElasticsearchClusterRole
    from .elasticsearch_cluster_security_info_roles import ElasticsearchClusterSecurityInfoRoles
    from .elasticsearch_cluster_user import ElasticsearchClusterUser


@_define
class ElasticsearchClusterSecurityInfo(Model):
    """For 2.x Elasticsearch clusters, specifies the information about the users and roles. For 5.x
    Elasticsearch clusters, use the Kibana management UI.

    Attributes:
        version: The resource version number of the security settings
        last_modified: The most recent time the security settings were changed (ISO format in UTC)
        users:
        roles: An arbitrarily nested JSON object mapping roles to sets of resources and permissions - see the
            Elasticsearch security documentation for more details on roles
        users_roles:
        additional_properties: Keys the spec does not list, kept as received.
    """

    version: int
    last_modified: str
    users: list[ElasticsearchClusterUser]
    roles: ElasticsearchClusterSecurityInfoRoles
    users_roles: list[ElasticsearchClusterRole]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("version", "version", None),
        ("last_modified", "last_modified", None),
        ("users", "users", ("list", "ElasticsearchClusterUser")),
        ("roles", "roles", "ElasticsearchClusterSecurityInfoRoles"),
        ("users_roles", "users_roles", ("list", "ElasticsearchClusterRole")),
    )
    __ece_extra__ = None
