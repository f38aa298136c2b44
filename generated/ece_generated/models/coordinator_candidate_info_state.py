"""CoordinatorCandidateInfoState: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class CoordinatorCandidateInfoState(OpenEnum):
    """State of the candidate"""

    ACCEPTED = "accepted"
    PENDING = "pending"
