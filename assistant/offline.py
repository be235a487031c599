"""Nothing is fetched from the internet at run time.

These variables must be set before the libraries that read them are
imported, so the package sets them on import; a deployment that wants the
hub can still set them otherwise in its environment beforehand.
"""

import os

_OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    # Presidio's email recognizer asks tldextract, which would download the suffix list.
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "TOKENIZERS_PARALLELISM": "false",
    # Loading bars from transformers would interleave with the CLI's own progress display.
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
}


def enforce() -> None:
    for key, value in _OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
