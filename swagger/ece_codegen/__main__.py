"""``python -m ece_codegen``: generate, check or smoke-test the generated layer (see ``generate``)."""

import sys

from .generate import main

sys.exit(main())
