"""RepositoryConfigs: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .repository_config import RepositoryConfig


@_define
class RepositoryConfigs(Model):
    """A list of snapshot repository configurations.

    Attributes:
        configs: List of snapshot configurations
        additional_properties: Keys the spec does not list, kept as received.
    """

    configs: list[RepositoryConfig]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("configs", "configs", ("list", "RepositoryConfig")),)
    __ece_extra__ = None
