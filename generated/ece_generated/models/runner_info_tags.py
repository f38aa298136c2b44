"""RunnerInfoTags: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class RunnerInfoTags(Model):
    """Meta data of the runner, like image ID or processor architecture
    additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, str] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = None
