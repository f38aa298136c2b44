"""ClusterPlanStepInfoStatus: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ClusterPlanStepInfoStatus(OpenEnum):
    """The status of the step (success, warning, error - warning means something didn't go as expected but
    it was not serious enough to abort the plan)"""

    ERROR = "error"
    PENDING = "pending"
    SUCCESS = "success"
    WARNING = "warning"
