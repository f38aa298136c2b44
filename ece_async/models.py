"""Every model of the ECE API, as ``ece_async.models.<Name>``, loaded on first access.

The classes are the generated ones (attrs classes with ``from_dict``/``to_dict``);
see :mod:`ece_generated.models`.  Type checkers and IDEs see them all through
the ``TYPE_CHECKING`` import below; at run time each one is imported only when
it is first used, which keeps ``import ece_async`` cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors as _errors  # noqa: F401  # registers MissingFieldError, an ECEError, with the models
from ._generated import generated_models

if TYPE_CHECKING:
    from ece_generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    value = getattr(generated_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return dir(generated_models)
