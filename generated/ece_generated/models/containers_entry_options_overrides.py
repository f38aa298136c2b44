"""ContainersEntryOptionsOverrides: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .containers_entry_options_container_config import ContainersEntryOptionsContainerConfig


@_define
class ContainersEntryOptionsOverrides(Model):
    """Overrides for the container allocation.

    Attributes:
        container_config: Container config. Roughly corresponds to Docker container config
        additional_properties: Keys the spec does not list, kept as received.
    """

    container_config: ContainersEntryOptionsContainerConfig | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("container_config", "container_config", "ContainersEntryOptionsContainerConfig"),)
    __ece_extra__ = None
