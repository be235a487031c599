"""The bias guard: flags answers that generalize about protected groups (see guard.py, DATA.md)."""
