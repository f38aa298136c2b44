"""RestoreSnapshotConfigurationStrategy: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class RestoreSnapshotConfigurationStrategy(OpenEnum):
    """The restore strategy to use. Defaults to a full restore. Partial restore will attempt to restore
    unavailable indices only"""

    FULL = "full"
    PARTIAL = "partial"
    RECOVERY = "recovery"
