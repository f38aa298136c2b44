"""CaptureDeploymentResourceDiagnosticsMode: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class CaptureDeploymentResourceDiagnosticsMode(OpenEnum):
    """Values the spec lists; others decode as pseudo-members."""

    FULL = "full"
    LIGHT = "light"
