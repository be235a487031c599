"""Versioned prompt templates and the split of conversations between versions."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from assistant.errors import SettingsError
from assistant.prompts import PromptSplit, load_prompt, prompt_versions
from assistant.settings import ChatSettings
from tests.conftest import CONFIGS


@pytest.fixture
def config_dir(tmp_path) -> Path:
    shutil.copytree(CONFIGS / "prompts", tmp_path / "prompts")
    return tmp_path


def write(config_dir: Path, file: str, name: str, version: int, variables=("context", "question"),
          system: str = "Rules.", user: str = "{context}\n{question}") -> None:
    (config_dir / "prompts" / file).write_text(
        f"name: {name}\nversion: {version}\nvariables: [{', '.join(variables)}]\nsystem: {system!r}\nuser: {user!r}\n")


def test_the_shipped_answer_prompt_has_two_versions():
    assert prompt_versions(CONFIGS, "answer") == ["answer@1", "answer@2"]
    assert load_prompt(CONFIGS, "answer").version == 1
    v2 = load_prompt(CONFIGS, "answer@2")
    assert (v2.name, v2.version, v2.variables) == ("answer", 2, ["context", "question"])
    assert v2.system != load_prompt(CONFIGS, "answer@1").system


@pytest.mark.parametrize(("ref", "found"), [("answer", 1), ("answer@1", 1), ("answer@2", 2), ("answer@3", 3)])
def test_a_reference_finds_its_file(config_dir, ref, found):
    write(config_dir, "answer@3.yaml", "answer", 3)
    assert load_prompt(config_dir, ref).version == found


@pytest.mark.parametrize(("file", "name", "version", "ref", "words"), [
    ("answer@4.yaml", "answer", 5, "answer@4", "holds answer@5, not answer@4"),
    ("answer@4.yaml", "other", 4, "answer@4", "holds other@4, not answer@4"),
    (None, None, None, "answer@9", "versions of 'answer': answer@1, answer@2"),
    (None, None, None, "nope", "does not exist"),
])
def test_a_wrong_reference_or_file_is_one_clear_error(config_dir, file, name, version, ref, words):
    if file:
        write(config_dir, file, name, version)
    with pytest.raises(SettingsError, match=words):
        load_prompt(config_dir, ref)


def test_a_template_with_an_undeclared_variable_is_refused(config_dir):
    write(config_dir, "answer@7.yaml", "answer", 7, variables=("context",))
    with pytest.raises(SettingsError, match="undeclared variables"):
        load_prompt(config_dir, "answer@7")


def test_the_split_is_deterministic_and_close_to_the_shares():
    split = PromptSplit.configured(CONFIGS, {"answer@1": 90, "answer@2": 10}, load_prompt(CONFIGS, "answer"))
    assert split.versions == {"answer@1": 0.9, "answer@2": 0.1}
    ids = [str(uuid.UUID(int=i * 7919 + 13, version=4)) for i in range(4000)]
    picks = [split.choose(c).version for c in ids]
    assert picks == [split.choose(c).version for c in ids]
    assert 0.07 < picks.count(2) / len(picks) < 0.13


def test_no_split_means_the_configured_template_alone():
    default = load_prompt(CONFIGS, "answer")
    split = PromptSplit.configured(CONFIGS, {}, default)
    assert split.choose("anything") is default and split.versions == {"answer@1": 1.0}


def test_a_zero_share_never_answers():
    split = PromptSplit.configured(CONFIGS, {"answer@1": 0, "answer@2": 5}, load_prompt(CONFIGS, "answer"))
    assert {split.choose(str(i)).version for i in range(200)} == {2}


def test_versions_taking_different_variables_cannot_share_traffic(config_dir):
    write(config_dir, "answer@3.yaml", "answer", 3, variables=("context", "question", "today"),
          user="{context}\n{question}\n{today}")
    with pytest.raises(SettingsError, match="take different variables"):
        PromptSplit.configured(config_dir, {"answer@1": 50, "answer@3": 50}, load_prompt(config_dir, "answer"))


@pytest.mark.parametrize(("split", "words"), [
    ({"answer": 50}, "NAME@VERSION"),
    ({"answer@0": 50}, "NAME@VERSION"),
    ({"answer@1": -1}, "cannot be negative"),
    ({"answer@1": 0, "answer@2": 0}, "above 0"),
])
def test_bad_split_settings_are_refused(split, words):
    with pytest.raises(ValueError, match=words):
        ChatSettings(prompt_split=split)
