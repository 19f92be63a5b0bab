"""Benchmarks, run as ``python -m benchmarks.<name>``: a package, so that nothing installed
under the same name (medspacy ships one) shadows them."""
