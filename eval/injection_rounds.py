"""The injection rounds as the evaluation sees them: every payload and harmless passage of a round embedded in one
of the enterprise host documents (`eval.injection_data.HOSTS`), at the start, in the middle or at the end, so the
host never decides the label."""

from __future__ import annotations

from dataclasses import dataclass

from eval.injection_data import HARMLESS, HOSTS, INJECTIONS, Item
from eval.injection_data_holdout import (
    HOLDOUT2_HARMLESS,
    HOLDOUT2_INJECTIONS,
    HOLDOUT_HARMLESS,
    HOLDOUT_INJECTIONS,
)
from eval.injection_data_holdout3 import HOLDOUT3_HARMLESS, HOLDOUT3_INJECTIONS
from eval.injection_data_holdout4 import HOLDOUT4_HARMLESS, HOLDOUT4_INJECTIONS
from eval.injection_data_holdout5 import HOLDOUT5_HARMLESS, HOLDOUT5_INJECTIONS
from eval.injection_data_holdout6 import HOLDOUT6_HARMLESS, HOLDOUT6_INJECTIONS
from eval.injection_data_holdout7 import HOLDOUT7_HARMLESS, HOLDOUT7_INJECTIONS

VALIDATION_ROUND = "holdout-7"


@dataclass(frozen=True)
class Case:
    text: str
    injected: bool
    category: str
    split: str


def _embed(payload: str, host: str, where: int) -> str:
    """Payload at the start, in the middle (after the host's first sentence) or at the end."""
    if where == 0:
        return f"{payload}\n\n{host}"
    if where == 1:
        head, dot, tail = host.partition(". ")
        return f"{head}{dot}{payload} {tail}" if dot else f"{host}\n{payload}"
    return f"{host}\n\n{payload}"


def round_cases(injections: list[Item], harmless: list[Item], a: int, b: int) -> list[Case]:
    """Each payload and harmless passage embedded once, in its own host at its own position."""
    out = [Case(_embed(item.text, HOSTS[(i * a + b) % len(HOSTS)], i % 3), True, item.category, item.split)
           for i, item in enumerate(injections)]
    out += [Case(_embed(item.text, HOSTS[(i * (a + 4) + b + 1) % len(HOSTS)], (i + 1) % 3), False, item.category,
                 item.split) for i, item in enumerate(harmless)]
    return out


def validation_cases() -> list[Case]:
    """The validation round (`VALIDATION_ROUND`), on which the classifier's threshold is chosen; it is not trained on."""
    return round_cases(HOLDOUT7_INJECTIONS, HOLDOUT7_HARMLESS, 19, 8)


def cases(split: str | None = None) -> list[Case]:
    """The cases of one seen round, or of all of them (holdout-8, the unseen one, is read only by `eval.guards`)."""
    out = (round_cases(INJECTIONS, HARMLESS, 1, 0) + round_cases(HOLDOUT_INJECTIONS, HOLDOUT_HARMLESS, 5, 1)
           + round_cases(HOLDOUT2_INJECTIONS, HOLDOUT2_HARMLESS, 3, 2)
           + round_cases(HOLDOUT3_INJECTIONS, HOLDOUT3_HARMLESS, 7, 3)
           + round_cases(HOLDOUT4_INJECTIONS, HOLDOUT4_HARMLESS, 11, 5)
           + round_cases(HOLDOUT5_INJECTIONS, HOLDOUT5_HARMLESS, 13, 6)
           + round_cases(HOLDOUT6_INJECTIONS, HOLDOUT6_HARMLESS, 17, 7) + validation_cases())
    return [c for c in out if split is None or c.split == split]
