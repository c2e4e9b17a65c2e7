import sys

from psoas_viz.cli import main

sys.exit(main())
