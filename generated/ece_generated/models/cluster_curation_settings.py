"""ClusterCurationSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .cluster_curation_spec import ClusterCurationSpec


@_define
class ClusterCurationSettings(Model):
    """The index curation settings for an Elasticsearch cluster.

    Attributes:
        specs: Specifications for curation
        additional_properties: Keys the spec does not list, kept as received.
    """

    specs: list[ClusterCurationSpec]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("specs", "specs", ("list", "ClusterCurationSpec")),)
    __ece_extra__ = None
