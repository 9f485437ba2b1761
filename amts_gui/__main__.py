import sys

from amts_gui.gui.app import main

sys.exit(main())
