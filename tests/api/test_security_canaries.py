"""Two users in different groups, each with canary strings in private documents: whatever either asks, filters,
pages through or gets wrong, the other's canaries never come back to them.

Hypothesis generates the questions (with the other's canaries in them too), metadata filters, document ids,
pagination and invalid input; each response body, whole, is searched for the other user's canaries. Answers
come from the real local model, so only a handful of generated chat cases run, with few tokens.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.api import create_app
from assistant.runtime import Runtime, folder_source
from tests.api.conftest import auth
from tests.conftest import make_settings

CANARIES = {
    "alpha": ("QX7ALPHACANARY5521", "alphacanarybudget7788", "Wintermoth"),
    "beta": ("ZK4BETACANARY9034", "betacanaryreview1166", "Glasshopper"),
}
# (folder, relative path, modified, text): the titles carry canaries too, so a leaked citation shows.
FILES = [
    ("alpha", "projects/falcon.md", "2025-11-02",
     "---\ntags: [projects, launch]\n---\n# Falcon plan QX7ALPHACANARY5521\n\nThe Falcon launch code is "
     "QX7ALPHACANARY5521. The launch is planned for the spring.\n"),
    ("alpha", "notes/budget.md", "2026-02-10",
     "# Budget notes\n\nThe alpha budget reference is alphacanarybudget7788; the sponsor is Wintermoth.\n"),
    ("beta", "projects/heron.md", "2025-11-03",
     "---\ntags: [projects, launch]\n---\n# Heron plan ZK4BETACANARY9034\n\nThe Heron launch code is "
     "ZK4BETACANARY9034. The launch is planned for the autumn.\n"),
    ("beta", "hr/review.md", "2026-02-11",
     "# Review notes\n\nThe beta review reference is betacanaryreview1166; the reviewer is Glasshopper.\n"),
    ("public", "projects/overview.md", "2026-01-05",
     "---\ntags: [projects]\n---\n# Project overview\n\nProjects Falcon and Heron both have launch codes and "
     "budgets; ask your own team for them.\n"),
    ("public", "canteen.md", "2026-03-01", "# Canteen\n\nThe canteen serves lunch from noon to two.\n"),
]
USERS = {"alpha": ("ann@example.com", "alpha"), "beta": ("ben@example.com", "beta")}
OTHER = {"alpha": "beta", "beta": "alpha"}
DOC_IDS = [f"{folder}:{rel}" for folder, rel, _, _ in FILES]
READABLE = {team: {d for d in DOC_IDS if d.split(":")[0] in (team, "public")} for team in USERS}
WORDS = ["launch", "code", "Falcon", "Heron", "budget", "review", "reference", "sponsor", "reviewer", "canteen",
         "plan", "projects", "what", "is", "the", "alpha", "beta", "?"]
DATES = ["2020-01-01", "2025-11-03", "2026-01-01T00:00:00Z", "2026-02-10T12:00:00+01:00", "2030-01-01", "not-a-date",
         "2026-13-01", "", "2026-02-30"]


@pytest.fixture(scope="module")
def world(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("canaries")
    for folder, rel, modified, text in FILES:
        path = root / folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        stamp = datetime.fromisoformat(modified).replace(tzinfo=timezone.utc).timestamp()
        os.utime(path, (stamp, stamp))
    rt = Runtime(make_settings(root / "data", llm={"max_tokens": 8}, api={"rate_limit_per_minute": 100000}))
    rt.__dict__["embedder"] = embedder
    rt.sync.register("public", "filesystem", folder_source(root / "public", public=True))
    for team, (_user, group) in USERS.items():
        rt.sync.register(team, "filesystem", folder_source(root / team, groups=[group]))
    for name in ("public", *USERS):
        assert rt.sync.sync(name).added == sum(1 for f in FILES if f[0] == name)
    app = create_app(rt.settings, rt, scheduler=False)
    with TestClient(app) as client:
        keys = {team: auth(app.state.keys.create(user=user, groups=(group,), scopes=("chat", "search"))[1])
                for team, (user, group) in USERS.items()}
        yield client, keys
    rt.close()


def leaked(team: str, body: str) -> list[str]:
    """The other team's canaries found in a response body (any case)."""
    return [c for c in CANARIES[OTHER[team]] if c.lower() in body.lower()]


teams = st.sampled_from(sorted(USERS))
ALL_CANARIES = [c for cs in CANARIES.values() for c in cs]
# Search questions may name either team's canaries: the strongest probe for a document one may not read.
questions = st.one_of(
    st.lists(st.sampled_from(WORDS + ALL_CANARIES), min_size=1, max_size=8).map(" ".join),
    st.text(min_size=1, max_size=80),
)
filters = st.fixed_dictionaries({}, optional={
    "sources": st.lists(st.sampled_from(["alpha", "beta", "public", "nope"]), max_size=3),
    "doc_ids": st.lists(st.sampled_from(DOC_IDS + ["public:missing.md"]), max_size=3),
    "path_prefixes": st.lists(st.sampled_from(["projects", "notes", "hr", "/", "projects/heron.md",
                                               "projects/falcon.md", "canteen.md"]), max_size=2),
    "tags": st.lists(st.sampled_from(["projects", "launch", "alpha", "beta"]), max_size=2),
    "modified_after": st.sampled_from(DATES),
    "modified_before": st.sampled_from(DATES),
})
limits = st.one_of(st.integers(1, 50), st.sampled_from([0, 51, -1]))
SLOW = settings(max_examples=int(os.environ.get("CANARY_EXAMPLES", "60")), deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@SLOW
@given(team=teams, question=questions, flt=filters, limit=limits)
def test_search_never_returns_the_other_teams_canaries(world, team, question, flt, limit):
    client, keys = world
    r = client.post("/v1/search", headers=keys[team], json={"query": question, "limit": limit, "filters": flt})
    assert not leaked(team, r.text), (r.status_code, r.text[:300])
    assert r.status_code in (200, 422), r.text[:300]
    if r.status_code == 422:
        assert r.json()["error"]["message"] and "Traceback" not in r.text
        return
    found = {hit["doc_id"] for hit in r.json()["results"]}
    assert found <= READABLE[team]
    if flt.get("doc_ids") and set(flt["doc_ids"]).isdisjoint(READABLE[team]):
        assert not found, "a filter on the other team's documents found something"


@SLOW
@given(team=teams, limit=st.integers(1, 4), cursor=st.one_of(st.none(), st.sampled_from(DOC_IDS), st.text(max_size=20)),
       source=st.sampled_from([None, "alpha", "beta", "public", "nope"]),
       status=st.sampled_from([None, "indexed", "failed", "duplicate"]))
def test_document_listings_pages_and_counts_hold_only_what_the_caller_may_read(world, team, limit, cursor, source,
                                                                              status):
    client, keys = world
    params = {k: v for k, v in {"limit": limit, "cursor": cursor, "source": source, "status": status}.items()
              if v is not None}
    seen: list[str] = []
    for _ in range(20):
        r = client.get("/v1/documents", headers=keys[team], params=params)
        assert r.status_code == 200 and not leaked(team, r.text), r.text[:300]
        page = r.json()
        seen += [d["id"] for d in page["data"]]
        assert page["next_cursor"] is None or page["next_cursor"] in READABLE[team]
        if page["next_cursor"] is None:
            break
        params["cursor"] = page["next_cursor"]
    assert set(seen) <= READABLE[team] and len(seen) == len(set(seen))
    if cursor is None and status in (None, "indexed"):
        assert sorted(seen) == sorted(d for d in READABLE[team] if source is None or d.startswith(f"{source}:"))


@pytest.mark.parametrize("team", sorted(USERS))
def test_the_other_teams_documents_look_like_ones_that_do_not_exist(world, team):
    client, keys = world
    missing = client.get("/v1/documents/public:missing.md", headers=keys[team])
    for doc_id in DOC_IDS:
        r = client.get(f"/v1/documents/{doc_id}", headers=keys[team])
        if doc_id in READABLE[team]:
            assert r.status_code == 200 and r.json()["id"] == doc_id
        else:
            assert (r.status_code, r.text) == (missing.status_code, missing.text) == (404, missing.text)
    sources = client.get("/v1/sources", headers=keys[team])
    assert not leaked(team, sources.text)
    counts = {s["name"]: s["document_count"] for s in sources.json()["data"]}
    assert counts[OTHER[team]] == 0 and counts[team] == 2 and counts["public"] == 2


def test_metrics_carry_no_canary(world):
    client, keys = world
    client.post("/v1/search", headers=keys["alpha"], json={"query": "launch code"})
    body = client.get("/metrics").text
    assert not [c for c in ALL_CANARIES if c.lower() in body.lower()]


CHAT = settings(max_examples=int(os.environ.get("CANARY_CHATS", "4")), deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@CHAT
@given(team=teams, words=st.lists(st.sampled_from(WORDS), min_size=2, max_size=6), flt=filters,
       stream=st.booleans())
def test_answers_citations_and_transcripts_never_carry_the_other_teams_canaries(world, team, words, flt, stream):
    client, keys = world
    # The question names no canary, so an answer that repeats it cannot explain a canary away.
    body = {"model": "assistant", "max_tokens": 8, "stream": stream,
            "messages": [{"role": "user", "content": " ".join(words)}], "rag": {"filters": flt}}
    r = client.post("/v1/chat/completions", headers=keys[team], json=body)
    assert not leaked(team, r.text), r.text[:500]
    assert r.status_code in (200, 422), r.text[:300]
    if r.status_code != 200:
        return
    final = json.loads([line for line in r.text.splitlines() if line.startswith("data: {")][-1][6:]) if stream \
        else r.json()
    assert {c["doc_id"] for c in final["citations"]} <= READABLE[team]
    transcript = client.get(f"/v1/conversations/{final['conversation_id']}", headers=keys[team])
    assert transcript.status_code == 200 and not leaked(team, transcript.text)
    foreign = client.get(f"/v1/conversations/{final['conversation_id']}", headers=keys[OTHER[team]])
    assert foreign.status_code == 404


@pytest.mark.parametrize("team", sorted(USERS))
def test_the_owners_do_find_their_own_canaries(world, team):
    """The property above is not met by finding nothing: each team's own search does reach its canaries."""
    client, keys = world
    r = client.post("/v1/search", headers=keys[team], json={"query": CANARIES[team][0], "limit": 3})
    assert CANARIES[team][0] in r.text and not leaked(team, r.text)
    r = client.post("/v1/search", headers=keys[team], json={"query": "launch code", "limit": 10,
                                                            "filters": {"tags": ["launch"], "sources": [team]}})
    project = "falcon" if team == "alpha" else "heron"
    assert [h["doc_id"] for h in r.json()["results"]] == [f"{team}:projects/{project}.md"]
