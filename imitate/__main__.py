import sys

from imitate.cli import main

sys.exit(main())
