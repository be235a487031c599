"""`assistant models check` on this machine: the CPU backend, no offload, and a speed figure."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("llama_cpp")

from assistant.cli import app
from assistant.llm import check

ROOT = Path(__file__).resolve().parents[2]


def test_check_reports_backend_layers_and_speed(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(app, ["models", "check", "--max-tokens", "4"])
    assert result.exit_code == 0, result.output
    import llama_cpp

    backend = check.backend_name(llama_cpp)
    assert "backend" in result.output and backend in result.output
    if backend == "CPU":
        assert "0/30" in result.output and "n/a" in result.output
    assert "tokens/s" in result.output


def test_backend_names_a_gpu_build(monkeypatch):
    class FakeBuild:
        def __init__(self, offload, info):
            self.offload, self.info = offload, info

        def llama_supports_gpu_offload(self):
            return self.offload

        def llama_print_system_info(self):
            return self.info

    assert check.backend_name(FakeBuild(False, b"CPU : AVX2 = 1")) == "CPU"
    assert check.backend_name(FakeBuild(True, b"CUDA : ARCHS = 900 | CPU : AVX2 = 1")) == "CUDA"
    assert check.backend_name(FakeBuild(True, b"Metal : EMBED_LIBRARY = 1")) == "Metal"


def test_vram_is_na_without_nvidia_smi(monkeypatch):
    monkeypatch.setattr(check.shutil, "which", lambda _name: None)
    assert check.vram_used() == "n/a"


def test_unknown_provider_is_one_line_and_exit_1(monkeypatch, tmp_path):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "assistant", "models", "check", "--provider", "nope"],
                          check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "no llama_cpp provider named 'nope'" in done.stderr
