"""Entry point: ``python -m benchmarks [--smoke] [--n N] [--rounds R] ...``."""

from benchmarks.run import main

raise SystemExit(main())
