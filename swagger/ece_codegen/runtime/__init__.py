"""The hand-written runtime of the generated package, kept as ordinary, tested Python.

``python -m ece_codegen`` copies every module here (not this ``__init__``) verbatim
into ``generated/ece_generated/``, under a header naming its source, so the
generated package still imports on its own (no dependency on ``ece_async``).
Only what depends on the spec is rendered from templates.

Tests import these modules directly as ``ece_codegen.runtime.<module>``;
``make check-generated`` proves the copies are identical.
"""
