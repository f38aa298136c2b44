"""ClusterPlanStepInfoStage: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ClusterPlanStepInfoStage(OpenEnum):
    """Current stage that the step is in"""

    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    STARTING = "starting"
