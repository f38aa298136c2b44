"""``python -m ece_async.cli``: the same as the ``ece-async`` console script."""

import sys

from . import main

sys.exit(main())
