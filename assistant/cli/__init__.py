"""The `assistant` command."""

from assistant.cli import evaluation as _evaluation  # noqa: F401  (registers its commands)
from assistant.cli import eval_retrieval as _eval_retrieval  # noqa: F401
from assistant.cli import keys as _keys  # noqa: F401  (registers its commands)
from assistant.cli import main as _main  # noqa: F401  (registers its commands)
from assistant.cli import migrate as _migrate  # noqa: F401
from assistant.cli import models as _models  # noqa: F401
from assistant.cli import privacy as _privacy  # noqa: F401
from assistant.cli import serve as _serve  # noqa: F401
from assistant.cli import slack as _slack  # noqa: F401
from assistant.cli import sources as _sources  # noqa: F401
from assistant.cli import usage as _usage  # noqa: F401
from assistant.cli import watermark as _watermark  # noqa: F401
from assistant.cli import feedback as _feedback  # noqa: F401  (after the everyday commands in --help)
from assistant.cli.common import app

__all__ = ["app"]
