"""Performance benchmarks for the Binance Pay SDK: run with ``python -m benchmarks``."""
