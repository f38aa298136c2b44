"""``python -m ece_async.cli``: the same as the ``ece-async`` console script."""

from . import console

console()
