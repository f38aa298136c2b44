"""Low-level ECE API layer generated from the ECE Swagger spec by ``make generate``.

Do not edit: regenerate instead.  Models live in :mod:`ece_generated.models`
(loaded lazily, one module per class), operations in
:mod:`ece_generated.api` (one module per operation, grouped by tag).
"""
