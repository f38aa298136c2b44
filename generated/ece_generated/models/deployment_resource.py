"""DeploymentResource: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_credentials import ClusterCredentials
    from .reply_warning import ReplyWarning


@_define
class DeploymentResource(Model):
    """Data for a deployment resource

    Attributes:
        ref_id: A locally-unique friendly alias for this Elasticsearch cluster
        id: A system-unique id for the created resource
        kind: The kind of resource
        region: Identifier of the region in which this resource runs.
        elasticsearch_cluster_ref_id: The Elasticsearch cluster that this resource depends on.
        cloud_id: An encoded string that provides other Elastic services with the necessary information to connect
            to this Elasticsearch and Kibana
        credentials: The username and password for the new Elasticsearch cluster, which is returned from the
            Elasticsearch cluster `create` command. (A secret: left out of repr.)
        secret_token: Secret token for using a created resource. Only provided on initial create and absent otherwise.
            (A secret: left out of repr.)
        warnings: List of warnings generated from validating resource updates
        additional_properties: Keys the spec does not list, kept as received.
    """

    ref_id: str
    id: str
    kind: str
    region: str
    elasticsearch_cluster_ref_id: str | Unset = UNSET
    cloud_id: str | Unset = UNSET
    credentials: ClusterCredentials | Unset | None = _field(default=UNSET, repr=False)
    secret_token: str | Unset = _field(default=UNSET, repr=False)
    warnings: list[ReplyWarning] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("ref_id", "ref_id", None),
        ("id", "id", None),
        ("kind", "kind", None),
        ("region", "region", None),
        ("elasticsearch_cluster_ref_id", "elasticsearch_cluster_ref_id", None),
        ("cloud_id", "cloud_id", None),
        ("credentials", "credentials", "ClusterCredentials"),
        ("secret_token", "secret_token", None),
        ("warnings", "warnings", ("list", "ReplyWarning")),
    )
    __ece_extra__ = None
