"""DiscreteSizes: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .discrete_sizes_resource import DiscreteSizesResource


@_define
class DiscreteSizes(Model):
    """Instance sizes that are supported by the Elasticsearch instance, Kibana instance, or APM Server
    configuration.

    Attributes:
        sizes: List of supported sizes
        default_size: The default size
        resource: The unit that each size represents. If not specified, it will default to 'memory'.
        additional_properties: Keys the spec does not list, kept as received.
    """

    sizes: list[int]
    default_size: int | Unset = UNSET
    resource: DiscreteSizesResource | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("sizes", "sizes", None),
        ("default_size", "default_size", None),
        ("resource", "resource", ("enum", "DiscreteSizesResource")),
    )
    __ece_extra__ = None
