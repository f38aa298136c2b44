"""LoginState: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class LoginState(Model):
    """Configure how the API responds after a successful login.

    Attributes:
        path: The path to which to redirect post login - if not specified then no redirect is performed,
            instead 200 is returned with the token in the body
        additional_properties: Keys the spec does not list, kept as received.
    """

    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("path", "path", None),)
    __ece_extra__ = None
