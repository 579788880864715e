"""The frozen app's entry script (installer/go-hgw.spec): the same entry as ``go-hgw``."""

import sys

from go_hgw_desktop.__main__ import main

sys.exit(main())
