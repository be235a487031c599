"""The injection rounds as the evaluation sees them: every payload and harmless passage of a round embedded in one
of the enterprise host documents (`eval.injection_data.HOSTS`), at the start, in the middle or at the end, so the
host never decides the label.

`ROUNDS` lists every round once, in the order they were written, with the module that holds it and the stride that
places its passages in the hosts. `VALIDATION_ROUNDS` choose the classifier's threshold and are not trained on;
`UNSEEN_ROUND` is read only by `eval.guards` (imported on demand, so that tuning on "all seen rounds" never loads it);
every other round is training data. A validation round must be one whose misses were never described to the writers
of training data, or it stops measuring what the threshold will do on new text; and one round of about 260 harmless
passages sets a 1% threshold from its three highest scores: set on holdout-10 alone, it flagged 15 of holdout-9's 262
harmless passages. So the blind rounds written after holdout-8 was studied validate together: holdout-9 and
holdout-10, and holdout-11 to holdout-14, each measured once as the unseen round first (holdout-12's to holdout-14's
false positives and misses were then studied, so their figures flatter the rules changed after them). Holdout-15,
whose writer saw only the hosts and the helpers of `eval.injection_data`, is the unseen round. Moving a round from
unseen to validation changes no training data: `assistant eval train-injection --threshold-only` sets the
thresholds again.
(Training on holdout-9 instead was tried: the retrained reader flagged 0.732 of holdout-10 and 11's payloads at 5
harmless, the shipped one 0.735 at 6.)
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from eval.injection_data import HOSTS, Item


@dataclass(frozen=True)
class Round:
    name: str
    module: str
    prefix: str  # the module's lists are f"{prefix}INJECTIONS" and f"{prefix}HARMLESS"
    stride: int  # payload i sits in host (i * stride + offset), harmless passage i in host (i * (stride + 4) + offset + 1)
    offset: int


ROUNDS: tuple[Round, ...] = (
    Round("dev+test", "eval.injection_data", "", 1, 0),
    Round("holdout-1", "eval.injection_data_holdout", "HOLDOUT_", 5, 1),
    Round("holdout-2", "eval.injection_data_holdout", "HOLDOUT2_", 3, 2),
    Round("holdout-3", "eval.injection_data_holdout3", "HOLDOUT3_", 7, 3),
    Round("holdout-4", "eval.injection_data_holdout4", "HOLDOUT4_", 11, 5),
    Round("holdout-5", "eval.injection_data_holdout5", "HOLDOUT5_", 13, 6),
    Round("holdout-6", "eval.injection_data_holdout6", "HOLDOUT6_", 17, 7),
    Round("holdout-7", "eval.injection_data_holdout7", "HOLDOUT7_", 19, 8),
    Round("holdout-8", "eval.injection_data_holdout8", "HOLDOUT8_", 23, 9),
    # From here on both strides (a and a + 4) are prime to the 36 hosts, so a round's passages spread over all of them.
    Round("holdout-9", "eval.injection_data_holdout9", "HOLDOUT9_", 25, 9),
    Round("holdout-10", "eval.injection_data_holdout10", "HOLDOUT10_", 31, 10),
    Round("holdout-11", "eval.injection_data_holdout11", "HOLDOUT11_", 37, 11),
    Round("holdout-12", "eval.injection_data_holdout12", "HOLDOUT12_", 43, 12),
    Round("holdout-13", "eval.injection_data_holdout13", "HOLDOUT13_", 49, 13),
    Round("holdout-14", "eval.injection_data_holdout14", "HOLDOUT14_", 55, 14),
    Round("holdout-15", "eval.injection_data_holdout15", "HOLDOUT15_", 61, 15),
)
VALIDATION_ROUNDS = ("holdout-9", "holdout-10", "holdout-11", "holdout-12", "holdout-13", "holdout-14")
UNSEEN_ROUND = "holdout-15"


@dataclass(frozen=True)
class Case:
    text: str
    injected: bool
    category: str
    split: str


def _round(name: str) -> Round:
    return next(r for r in ROUNDS if r.name == name)


def items(name: str) -> tuple[list[Item], list[Item]]:
    """(injections, harmless passages) of round `name`, as written."""
    r = _round(name)
    module = importlib.import_module(r.module)
    return getattr(module, f"{r.prefix}INJECTIONS"), getattr(module, f"{r.prefix}HARMLESS")


def training_rounds() -> list[str]:
    """The rounds the classifier is trained on: all but the validation rounds and the unseen one."""
    return [r.name for r in ROUNDS if r.name not in (*VALIDATION_ROUNDS, UNSEEN_ROUND)]


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


def cases_of(name: str) -> list[Case]:
    """The cases of round `name`, embedded in the hosts."""
    r = _round(name)
    return round_cases(*items(name), r.stride, r.offset)


def validation_cases() -> list[Case]:
    """The validation rounds (`VALIDATION_ROUNDS`), on which the classifier's threshold is chosen; not trained on."""
    return [c for name in VALIDATION_ROUNDS for c in cases_of(name)]


def cases(split: str | None = None) -> list[Case]:
    """The cases of one seen round, or of all of them: the training rounds and the validation rounds (the unseen
    round is read only by `eval.guards`)."""
    out = [c for name in [*training_rounds(), *VALIDATION_ROUNDS] for c in cases_of(name)]
    return [c for c in out if split is None or c.split == split]
