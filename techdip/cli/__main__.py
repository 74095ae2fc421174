"""`python -m techdip.cli`: the techdip command."""

import sys

from techdip.cli import main

sys.exit(main())
