"""IntegrationsServerPlanControlConfigurationPreferredAllocatorTags: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class IntegrationsServerPlanControlConfigurationPreferredAllocatorTags(Model):
    """Map containing allocators tags in form of key value pairs, increasing the likelihood during move
    requests for allocators with matching tags, to be selected as target allocators
        additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, str] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = None
