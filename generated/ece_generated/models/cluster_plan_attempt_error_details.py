"""ClusterPlanAttemptErrorDetails: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ClusterPlanAttemptErrorDetails(Model):
    """A map with details regarding the error. Both the keys and values are always strings, representing
    the name of the detail and its value, respectively.
        additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, str] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = None
