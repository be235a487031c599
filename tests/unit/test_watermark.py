"""The green-list watermark: the keyed split, the logits bias, and the z-score that detects it."""

from __future__ import annotations

import math

import numpy as np
import pytest

from assistant.errors import SettingsError
from assistant.settings import WatermarkSettings
from assistant.watermark import GreenList, WatermarkProcessor, score

VOCAB = 49152


def test_the_green_share_is_gamma_and_depends_on_key_and_previous_token():
    greens = GreenList("secret", 0.25)
    ids = np.arange(VOCAB)
    share = [greens.green(np.uint64(prev), ids).mean() for prev in (0, 1, 17, 40000)]
    assert all(abs(s - 0.25) < 0.01 for s in share)
    a, b = greens.green(np.uint64(1), ids), greens.green(np.uint64(2), ids)
    other = GreenList("another secret", 0.25).green(np.uint64(1), ids)
    # Independent splits agree on about gamma^2 + (1-gamma)^2 of the vocabulary.
    assert abs((a == b).mean() - 0.625) < 0.02 and abs((a == other).mean() - 0.625) < 0.02


def test_the_processor_adds_delta_to_exactly_the_green_tokens():
    proc = WatermarkProcessor(WatermarkSettings(enabled=True, key="secret", delta=2.0))
    scores = np.zeros(VOCAB, dtype=np.float32)
    out = proc(np.array([5, 9, 123]), scores)
    expected = GreenList("secret", 0.25).green(np.uint64(123), np.arange(VOCAB))
    assert np.array_equal(out == 2.0, expected) and set(np.unique(out)) == {0.0, 2.0}


def test_a_text_of_green_tokens_scores_high_and_random_text_near_zero():
    rng = np.random.default_rng(0)
    greens = GreenList("secret", 0.25)
    ids = np.arange(VOCAB)
    marked = [int(rng.integers(VOCAB))]
    for _ in range(200):
        candidates = ids[greens.green(np.uint64(marked[-1]), ids)]
        marked.append(int(rng.choice(candidates)))
    d = score(marked, greens, 4.0)
    assert d.tokens == 200 and d.green == 200 and d.watermarked
    assert d.z == pytest.approx((200 - 50) / math.sqrt(200 * 0.25 * 0.75))
    zs = [score(rng.integers(0, VOCAB, 200), greens, 4.0).z for _ in range(200)]
    assert abs(np.mean(zs)) < 0.3 and max(zs) < 4.0


def test_repeated_pairs_count_once():
    greens = GreenList("secret", 0.25)
    assert score([7, 8] * 50, greens, 4.0).tokens == 2  # (7, 8) and (8, 7)
    assert score([3], greens, 4.0).tokens == 0


def test_an_empty_key_is_refused():
    with pytest.raises(SettingsError, match="key is empty"):
        GreenList("", 0.25)
    with pytest.raises(ValueError, match="needs watermark.key"):
        WatermarkSettings(enabled=True)
