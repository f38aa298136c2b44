"""ElasticsearchCuration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ElasticsearchCuration(Model):
    """The structure that defines the routing settings for index curation.

    Attributes:
        from_instance_configuration_id: The source instance configuration
        to_instance_configuration_id: The destination instance configuration
        additional_properties: Keys the spec does not list, kept as received.
    """

    from_instance_configuration_id: str
    to_instance_configuration_id: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("from_instance_configuration_id", "from_instance_configuration_id", None),
        ("to_instance_configuration_id", "to_instance_configuration_id", None),
    )
    __ece_extra__ = None
