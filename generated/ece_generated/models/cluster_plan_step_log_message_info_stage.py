"""ClusterPlanStepLogMessageInfoStage: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ClusterPlanStepLogMessageInfoStage(OpenEnum):
    """Stage that info log message takes place in"""

    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    STARTING = "starting"
