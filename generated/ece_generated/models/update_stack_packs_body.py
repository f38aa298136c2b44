"""UpdateStackPacksBody: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import File


@_define
class UpdateStackPacksBody(Model):
    """UpdateStackPacksBody (no description in the spec).

    Attributes:
        file: Zip file that contains one or multiple stack configurations
        additional_properties: Keys the spec does not list, kept as received.
    """

    file: File
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("file", "file", None),)
    __ece_extra__ = None
