"""RemoteResourceRef: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .remote_resource_info import RemoteResourceInfo


@_define
class RemoteResourceRef(Model):
    """The Elasticsearch resource used as a Remote Cluster.

    Attributes:
        deployment_id: The id of the deployment
        elasticsearch_ref_id: The locally-unique user-specified id of an Elasticsearch Resource
        alias: The alias for this remote cluster. Aliases must only contain letters, digits, dashes and
            underscores
        skip_unavailable: If true, skip this cluster during search if it is disconnected. Default: false
        info: Information about a Remote Cluster.
        additional_properties: Keys the spec does not list, kept as received.
    """

    deployment_id: str
    elasticsearch_ref_id: str
    alias: str
    skip_unavailable: bool | Unset = UNSET
    info: RemoteResourceInfo | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("deployment_id", "deployment_id", None),
        ("elasticsearch_ref_id", "elasticsearch_ref_id", None),
        ("alias", "alias", None),
        ("skip_unavailable", "skip_unavailable", None),
        ("info", "info", "RemoteResourceInfo"),
    )
    __ece_extra__ = None
