"""ElasticsearchMasterInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .elasticsearch_master_element import ElasticsearchMasterElement


@_define
class ElasticsearchMasterInfo(Model):
    """Information about the master nodes in the Elasticsearch cluster.

    Attributes:
        healthy: Whether the master situation in the cluster is healthy (ie is the number of masters != 1), or do
            any instances have no master
        masters:
        instances_with_no_master: A list of any instances with no master
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    masters: list[ElasticsearchMasterElement]
    instances_with_no_master: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("masters", "masters", ("list", "ElasticsearchMasterElement")),
        ("instances_with_no_master", "instances_with_no_master", None),
    )
    __ece_extra__ = None
