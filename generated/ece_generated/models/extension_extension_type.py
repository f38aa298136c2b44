"""ExtensionExtensionType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ExtensionExtensionType(OpenEnum):
    """The extension type."""

    BUNDLE = "bundle"
    PLUGIN = "plugin"
