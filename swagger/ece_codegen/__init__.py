"""The codegen of the generated layer: fix-ups, template helpers, the pipeline and the runtime.

Run as ``python -m ece_codegen SPEC [--output DIR] [--check | --smoke]`` (``make generate``,
``make check-generated``, ``make check-spec``). The package lives in ``swagger/`` beside the
inputs it reads (templates, generator and ruff settings, the pinned converter); the dev
install puts ``swagger/`` on the path (hatch ``dev-mode-dirs``), and the wheel leaves it out.

* :mod:`ece_codegen.fixups`: general repairs of spec defects, applied before conversion;
* :mod:`ece_codegen.support`: how a generator property becomes a Python type and field;
* :mod:`ece_codegen.generate`: the pipeline and its command line;
* :mod:`ece_codegen.runtime`: the hand-written modules copied verbatim into the package.
"""
