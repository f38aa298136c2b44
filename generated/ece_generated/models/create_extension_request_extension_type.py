"""CreateExtensionRequestExtensionType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class CreateExtensionRequestExtensionType(OpenEnum):
    """The extension type."""

    BUNDLE = "bundle"
    PLUGIN = "plugin"
