"""ClusterPlanStepLogMessageInfoInternalDetails: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ClusterPlanStepLogMessageInfoInternalDetails(Model):
    """A json object with sensitive details for the log, visible only to admins. May contain nested json
    objects.
        additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, str] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = None
