"""Benchmarks and the Xvfb helper they share with tests/e2e (not part of the app)."""
