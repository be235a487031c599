"""PII detection and reversible pseudonymization."""
