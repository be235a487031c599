"""Evaluation and benchmarks. Depends on the other packages; nothing depends on it."""
