"""PII detection and reversible pseudonymization."""

import os

# Presidio's email recognizer asks tldextract, which would download the public suffix list; set before any
# module of this package imports Presidio.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
