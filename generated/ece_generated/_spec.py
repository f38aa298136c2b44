"""Which spec this package was generated from (checked by make check-generated)."""

SPEC_SHA256 = "d265be4b4f6b92dd6ebbf2b3c4f04fd4f51019b8b410230d3315b125a2c5ecde"
OPERATION_COUNT = 274
