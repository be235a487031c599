"""`assistant eval retrieval`: a small BoolQ run through the real pipeline, and the user-data loader."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from eval.retrieval import markdown, score
from eval.retrieval_datasets import DatasetError, load_quac, load_user, split

METRICS = ("recall_1", "recall_5", "recall_10", "mrr_10", "ndcg_10")


def test_metrics_from_ranks():
    s = score("x", [1, 2, None, 11])
    assert (s.recall_1, s.recall_5, s.recall_10) == (0.25, 0.5, 0.5)
    assert s.mrr_10 == pytest.approx((1 + 0.5) / 4)
    assert s.ndcg_10 == pytest.approx((1 + 1 / 1.584962500721156) / 4)


def test_split_is_the_seeded_permutation():
    evaluated, rest = split(3270)
    assert len(evaluated) == 500 and len(rest) == 2770
    assert list(evaluated[:3]) == list(split(3270)[0][:3])
    assert not set(evaluated) & set(rest)


def test_quac_first_questions_and_followups():
    ds = load_quac()
    assert len(ds.cases) == 1000
    assert not ds.cases[0].question.startswith("question1")
    f = ds.followups[0]
    assert f.history == (ds.cases[0].question,) and f.gold == ds.cases[0].gold
    assert {c.gold for c in ds.cases} == set(ds.documents)


def test_user_data_loader(tmp_path):
    (tmp_path / "docs" / "hr").mkdir(parents=True)
    (tmp_path / "docs" / "hr" / "leave.md").write_text("Annual leave is 25 days.")
    (tmp_path / "docs" / "it.txt").write_text("Laptops are replaced every three years.")
    qs = tmp_path / "q.jsonl"
    qs.write_text('{"question": "How many days of leave?", "gold_doc": "hr/leave.md"}\n\n'
                  '{"question": "When is my laptop replaced?", "gold_doc": "./it.txt"}\n')
    ds = load_user(tmp_path / "docs", qs)
    assert [c.gold for c in ds.cases] == ["hr/leave.md", "it.txt"]
    assert ds.documents is None and ds.root == tmp_path / "docs"

    qs.write_text('{"question": "Where?", "gold_doc": "missing.md"}\n')
    with pytest.raises(DatasetError, match="line 1: gold_doc 'missing.md'"):
        load_user(tmp_path / "docs", qs)
    qs.write_text('{"q": "no question"}\n')
    with pytest.raises(DatasetError, match="line 1"):
        load_user(tmp_path / "docs", qs)


@pytest.mark.slow
def test_small_boolq_run_reports_all_modes(tmp_path):
    chart = tmp_path / "chart.png"
    result = CliRunner().invoke(app, ["eval", "retrieval", "--dataset", "boolq", "--limit", "20", "--corpus", "30",
                                      "--format", "json", "--png", str(chart)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout[result.stdout.index("{"):])
    assert report["questions"] == 20 and report["documents"] == 30 and report["chunks"] >= 30
    assert [m["mode"] for m in report["modes"]] == ["dense", "bm25", "hybrid"]
    for row in report["modes"]:
        assert all(0 <= row[k] <= 1 for k in METRICS)
        assert row["recall_1"] <= row["recall_5"] <= row["recall_10"]
    # Every gold passage is in a 30-document corpus: dense search finds most within ten.
    assert report["modes"][0]["recall_10"] >= 0.8
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = markdown(report)
    assert "| dense |" in table and "| bm25 |" in table and "| hybrid |" in table


@pytest.mark.slow
def test_user_data_run(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "leave.md").write_text("# Leave\n\nEvery employee has 25 days of annual leave, booked in the HR portal.")
    (docs / "laptops.md").write_text("# Laptops\n\nLaptops are replaced every three years by the IT desk.")
    (docs / "canteen.md").write_text("# Canteen\n\nThe canteen serves lunch from noon to two o'clock.")
    qs = tmp_path / "q.jsonl"
    qs.write_text('{"question": "how many days of annual leave do I get", "gold_doc": "leave.md"}\n'
                  '{"question": "when is my laptop replaced", "gold_doc": "laptops.md"}\n')
    result = CliRunner().invoke(app, ["eval", "retrieval", "--docs", str(docs), "--questions", str(qs)])
    assert result.exit_code == 0, result.output
    assert "| hybrid | 1.000 |" in result.stdout
    assert "2 questions, 3 documents" in result.stdout


@pytest.mark.slow
def test_sweep_on_tuning_questions_and_a_kept_store(tmp_path):
    store = tmp_path / "kept"
    args = ["eval", "retrieval", "--dataset", "boolq", "--limit", "10", "--corpus", "25", "--sweep", "5",
            "--store", str(store), "--format", "json"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    one = json.loads(first.stdout[first.stdout.index("{"):])
    sweep = one["sweep"]
    assert sweep["tuning_questions"] == 5 and len(sweep["tuning"]) == len(sweep["evaluated"]) >= 2
    assert {r["fusion"] for r in sweep["tuning"]} == {"rrf", "dbsf"}
    assert all(0 <= r["ndcg_10"] <= 1 for r in sweep["tuning"] + sweep["evaluated"])
    # The tuning questions' gold passages are in the corpus too: 10 + 5 golds, then others up to 25.
    assert one["documents"] == 25 and one["ingested"] == 25
    assert "tuning questions" in markdown(one) and "| dbsf |" in markdown(one)

    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0, again.output
    two = json.loads(again.stdout[again.stdout.index("{"):])
    assert two["ingested"] == 0 and two["chunks"] == one["chunks"], "a kept store is re-synced, not re-ingested"
    dense = [m for m in two["modes"] if m["mode"] == "dense"]
    assert dense == [m for m in one["modes"] if m["mode"] == "dense"]
    assert "Kept store, nothing to ingest" in markdown(two)


def test_sweep_needs_a_named_dataset(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# A\n\nText.")
    qs = tmp_path / "q.jsonl"
    qs.write_text('{"question": "what is a", "gold_doc": "a.md"}\n')
    result = CliRunner().invoke(app, ["eval", "retrieval", "--docs", str(docs), "--questions", str(qs), "--sweep", "3"])
    assert result.exit_code == 1
    assert "--sweep needs a named dataset" in result.output


def test_a_store_folder_that_holds_something_else_is_refused(tmp_path):
    mine = tmp_path / "mine"
    (mine / "corpus").mkdir(parents=True)
    (mine / "corpus" / "notes.md").write_text("my own notes")
    result = CliRunner().invoke(app, ["eval", "retrieval", "--dataset", "boolq", "--limit", "2", "--corpus", "5",
                                      "--store", str(mine)])
    assert result.exit_code == 1
    assert "not empty and was not made by --store" in result.output
    assert (mine / "corpus" / "notes.md").read_text() == "my own notes", "nothing of the folder is touched"
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    result = CliRunner().invoke(app, ["eval", "retrieval", "--dataset", "boolq", "--limit", "2", "--store", str(a_file)])
    assert result.exit_code == 1 and "not a folder" in result.output
