"""ApmCrudResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .apm_crud_response_diagnostics import ApmCrudResponseDiagnostics


@_define
class ApmCrudResponse(Model):
    """The response to an APM CRUD (create/update-plan) request.

    Attributes:
        secret_token: The secret token for accessing the server (A secret: left out of repr.)
        apm_id: For an operation creating or updating an APM server, the Id of that server
        diagnostics: If the endpoint is called with URL param 'validate_only=true', then this contains advanced debug
            info (the internal plan representation)
        additional_properties: Keys the spec does not list, kept as received.
    """

    secret_token: str = _field(repr=False)
    apm_id: str | Unset = UNSET
    diagnostics: ApmCrudResponseDiagnostics | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("secret_token", "secret_token", None),
        ("apm_id", "apm_id", None),
        ("diagnostics", "diagnostics", "ApmCrudResponseDiagnostics"),
    )
    __ece_extra__ = None
