"""DeploymentHeapDumps: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .resource_heap_dumps import ResourceHeapDumps


@_define
class DeploymentHeapDumps(Model):
    """DeploymentHeapDumps (no description in the spec).

    Attributes:
        elasticsearch: The list of Elasticsearch resources and their heap dumps
        enterprise_search: The list of Enterprise Search resources and their heap dumps
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch: list[ResourceHeapDumps]
    enterprise_search: list[ResourceHeapDumps]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch", "elasticsearch", ("list", "ResourceHeapDumps")),
        ("enterprise_search", "enterprise_search", ("list", "ResourceHeapDumps")),
    )
    __ece_extra__ = None
