"""llama.cpp settings reach `Llama(...)`, and the routing settings are checked when loaded."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.llm.llama import llama_kwargs
from assistant.settings import LlamaCppSettings, LLMSettings, load_settings


def test_every_tuned_setting_reaches_the_llama_kwargs():
    s = LlamaCppSettings(n_ctx=8192, n_threads=6, n_threads_batch=12, n_batch=1024, n_ubatch=256, n_gpu_layers=-1,
                         main_gpu=1, tensor_split=[3, 1], offload_kqv=False, flash_attn=True, type_k="q8_0",
                         type_v="q4_0", seed=7, chat_format="chatml")
    kw = llama_kwargs(s, Path("/m/model.gguf"))
    assert kw == {
        "model_path": "/m/model.gguf", "n_ctx": 8192, "n_threads": 6, "n_threads_batch": 12, "n_batch": 1024,
        "n_ubatch": 256, "n_gpu_layers": -1, "main_gpu": 1, "tensor_split": [3.0, 1.0], "offload_kqv": False,
        "flash_attn": True, "type_k": "q8_0", "type_v": "q4_0", "seed": 7, "chat_format": "chatml",
        "verbose": False,
    }


def test_defaults_leave_llama_cpp_its_own_choices():
    kw = llama_kwargs(LlamaCppSettings(), Path("m.gguf"))
    assert kw["tensor_split"] is None and kw["chat_format"] is None
    assert kw["type_k"] is None and kw["type_v"] is None
    assert kw["n_threads"] >= 1 and kw["n_gpu_layers"] == 0


def test_kv_cache_types_map_to_ggml_numbers():
    llama_cpp = pytest.importorskip("llama_cpp")
    kw = llama_kwargs(LlamaCppSettings(type_k="q8_0", type_v="f16"), Path("m.gguf"), llama_cpp)
    assert kw["type_k"] == llama_cpp.GGML_TYPE_Q8_0 and kw["type_v"] == llama_cpp.GGML_TYPE_F16


def test_ubatch_larger_than_batch_is_refused():
    with pytest.raises(ValidationError, match="n_ubatch"):
        LlamaCppSettings(n_batch=128, n_ubatch=512)


def test_gpu_profile_offloads_every_layer():
    s = load_settings(["default", "gpu"], Path(__file__).resolve().parents[2] / "configs")
    assert s.llm.llama_cpp.n_gpu_layers == -1


def test_fallback_must_name_a_provider():
    with pytest.raises(ValidationError, match="names no provider"):
        LLMSettings(providers=[{"name": "local", "kind": "llama_cpp"}], fallback=["local", "cloud"])
    ok = LLMSettings(providers=[{"name": "local", "kind": "llama_cpp"},
                                {"name": "cloud", "kind": "openai_compatible"}], fallback=["local", "cloud"])
    assert [p.name for p in ok.providers] == ["local", "cloud"]
