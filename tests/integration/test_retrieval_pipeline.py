"""Filters, neighbours and reranking through the real pipeline: ingest writes the fields, the API, the CLI and
the ChatService apply them, and the real chunker's overlapping windows reach the model once."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.chat import NOTHING_FOUND, Answer, Question, pack_context
from assistant.errors import StoreMismatchError
from assistant.index import BuildInfo
from assistant.index.edge import EdgeIndex
from assistant.rerank import CrossEncoderReranker
from assistant.retrieval import Principal, RetrievalFilters, RetrievalQuery, Retriever
from assistant.runtime import Runtime, folder_source
from tests.api.conftest import auth
from tests.conftest import make_settings

REPO = Path(__file__).resolve().parents[2]
ASKER = Principal("amy@example.com")
# Short sentences under one heading: several chunks of one section whose windows overlap by a few sentences.
SENTENCES = [f"Step {i}: check the {w}." for i, w in enumerate(
    ["brake", "horn", "mast", "chain", "tyre", "light", "seat", "belt", "fork", "battery", "mirror", "alarm"])]
FILES = {
    "handbook/safety/forklifts.md": ("2026-02-01", "---\ntags: [Safety, Warehouse]\n---\n# Forklift checks\n\n"
                                     + " ".join(SENTENCES * 3) + "\n"),
    "handbook/canteen.md": ("2025-06-01", "# Canteen\n\nThe canteen serves lunch from noon to two.\n"),
    "archive/forklifts-2019.md": ("2019-05-01", "# Old forklift checks\n\nIn 2019 forklifts were checked weekly.\n"),
}


@pytest.fixture(scope="module")
def rt(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("pipeline")
    for rel, (modified, text) in FILES.items():
        path = root / "docs" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        stamp = datetime.fromisoformat(modified).replace(tzinfo=timezone.utc).timestamp()
        os.utime(path, (stamp, stamp))
    runtime = Runtime(make_settings(root / "data", llm={"max_tokens": 8}, chunking={"chunk_tokens": 64,
                                                                                   "overlap_tokens": 16}))
    runtime.__dict__["embedder"] = embedder
    runtime.sync.register("docs", "filesystem", folder_source(root / "docs", public=True))
    assert runtime.sync.sync("docs").added == len(FILES)
    yield runtime
    runtime.close()


def test_ingest_writes_the_fields_the_filters_match(rt):
    points = rt.index.scroll_document("docs:handbook/safety/forklifts.md")
    assert len(points) > 3
    payload = points[0].payload
    assert payload["tags"] == ["safety", "warehouse"]
    assert payload["path_prefixes"] == ["handbook", "handbook/safety", "handbook/safety/forklifts.md"]
    assert payload["modified_ts"] == datetime(2026, 2, 1, tzinfo=timezone.utc).timestamp()


@pytest.fixture(scope="module")
def client_and_key(rt):
    app = create_app(rt.settings, rt, scheduler=False)
    with TestClient(app) as client:
        yield client, auth(app.state.keys.create(user="amy@example.com", scopes=("search", "chat"))[1])


# The limit is above the number of chunks: every chunk the filter admits comes back.
@pytest.mark.parametrize("filters, expected", [
    ({}, {"docs:handbook/safety/forklifts.md", "docs:archive/forklifts-2019.md", "docs:handbook/canteen.md"}),
    ({"modified_before": "2020-01-01"}, {"docs:archive/forklifts-2019.md"}),
    ({"path_prefixes": ["handbook"]}, {"docs:handbook/safety/forklifts.md", "docs:handbook/canteen.md"}),
    ({"tags": ["warehouse"], "modified_after": "2026-01-01"}, {"docs:handbook/safety/forklifts.md"}),
    ({"tags": ["warehouse"], "modified_after": "2026-03-01"}, set()),
])
def test_search_api_applies_the_filters(client_and_key, filters, expected):
    client, key = client_and_key
    r = client.post("/v1/search", headers=key, json={"query": "how are forklifts checked", "limit": 50,
                                                     "filters": filters})
    assert r.status_code == 200, r.text
    assert {h["doc_id"] for h in r.json()["results"]} == expected


def test_bad_dates_get_a_clear_422_from_both_routes(client_and_key):
    client, key = client_and_key
    r = client.post("/v1/search", headers=key, json={"query": "x", "filters": {"modified_after": "2026-13-01"}})
    assert r.status_code == 422
    assert r.json()["error"]["message"] == ("filters.modified_after: Value error, '2026-13-01' is not a date: use "
                                            "YYYY-MM-DD or an ISO 8601 date-time such as 2026-01-31T12:00:00Z")
    r = client.post("/v1/chat/completions", headers=key, json={
        "model": "assistant", "messages": [{"role": "user", "content": "x"}],
        "rag": {"filters": {"modified_before": ""}}})
    assert r.status_code == 422
    assert "rag.filters.modified_before: Value error, '' is not a date" in r.json()["error"]["message"]
    # A well-formed but empty range is no error: it matches nothing, like any filter nothing passes.
    r = client.post("/v1/search", headers=key, json={"query": "forklift", "filters": {
        "modified_after": "2026-02-01", "modified_before": "2026-01-01"}})
    assert r.status_code == 200 and r.json()["results"] == []
    r = client.post("/v1/search", headers=key, json={"query": "x", "filters": {"tag": ["a"]}})
    assert r.status_code == 422 and "filters.tag: Extra inputs are not permitted" in r.json()["error"]["message"]


def test_a_filter_that_matches_nothing_answers_without_the_model(rt):
    events = list(rt.chat.ask(Question(text="How are forklifts checked?", principal=ASKER,
                                       filters=RetrievalFilters(modified_after="2099-01-01"))))
    assert events[-1].text == NOTHING_FOUND and events[-1].citations == ()


@pytest.mark.slow
def test_the_model_is_given_only_the_filtered_documents(rt):
    answer = list(rt.chat.ask(Question(text="How were forklifts checked?", principal=ASKER,
                                       filters=RetrievalFilters(path_prefixes=("archive",)))))[-1]
    assert isinstance(answer, Answer)
    assert [c.doc_id for c in answer.citations] == ["docs:archive/forklifts-2019.md"]


def test_neighbours_of_overlapping_chunks_reach_the_context_once(rt):
    retriever = rt.chat.retriever
    query = RetrievalQuery(text="Which step checks the battery?", principal=ASKER,
                           filters=RetrievalFilters(tags=("safety",)), limit=1)
    hits = retriever.retrieve(query)
    chunks = retriever.expand(query, hits)
    assert len(chunks) >= 2 and {c.neighbour_of for c in chunks[1:]} == {hits[0].chunk_index}
    assert {c.chunk_index for c in chunks} == set(range(min(c.chunk_index for c in chunks),
                                                         max(c.chunk_index for c in chunks) + 1))
    packed = pack_context(chunks, 2000, rt.llm.count_tokens)
    assert packed.text.count("[1] ") == 1 and len(packed.citations) == 1
    # Each overlap is said once: the passage is one stretch of the document, nothing repeated at the seams.
    body = packed.text.split("\n", 1)[1]
    assert body.replace("\n", " ") in " ".join(SENTENCES * 3)
    assert sum(len(c.text) for c in packed.chunks) < sum(len(c.text) for c in chunks)


def test_a_local_cross_encoder_plugs_in(rt, embedder):
    # No cross-encoder ships in a package here: MiniLM with an untrained head stands in, to show the seam works.
    reranker = CrossEncoderReranker(str(embedder.model_dir))
    r = Retriever(rt.settings.retrieval.model_copy(update={"reranker": "cross_encoder", "candidates": 6}),
                  rt.embedder, rt.sparse, rt.index, reranker=reranker)
    chunks = r.retrieve(RetrievalQuery(text="lunch at the canteen", principal=ASKER, limit=3))
    assert len(chunks) == 3 and [c.score for c in chunks] == sorted((c.score for c in chunks), reverse=True)


def test_a_store_from_before_the_filter_fields_asks_for_a_reindex(tmp_path):
    old = BuildInfo(schema_version=1, embedding_model="m", dimension=4, chunk_tokens=200, overlap_tokens=0,
                    bm25_language="english")
    EdgeIndex(tmp_path / "store", old).close()
    with pytest.raises(StoreMismatchError, match=r"schema_version: store has 1, settings say 2.*assistant reindex"):
        EdgeIndex(tmp_path / "store", old.model_copy(update={"schema_version": 2}))


@pytest.mark.parametrize("args, message", [
    (("--after", "2026-13-01", "--before", "2026-01-01"),
     "--after: '2026-13-01' is not a date: use YYYY-MM-DD or an ISO 8601 date-time such as 2026-01-31T12:00:00Z"),
    (("--after", "2026-02-01", "--before", "2026-01-01"), "--after must be earlier than --before"),
])
def test_the_cli_rejects_bad_dates_in_one_line(tmp_path, args, message):
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CONFIG_DIR": str(REPO / "configs"),
           "COLUMNS": "200"}
    result = subprocess.run([sys.executable, "-m", "assistant", "ask", *args, "anything"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"error: {message}"
