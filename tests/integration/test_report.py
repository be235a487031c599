"""`assistant report` from a seeded store: every section, every plot a valid PNG, nothing loaded from outside."""

from __future__ import annotations

import base64
import io
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from PIL import Image

from assistant.report import SECTIONS, build_report, load_report_data, topics
from assistant.state import Database
from assistant.state.tables import AuditRow, DocumentRow, FeedbackRow
from tests.conftest import CONFIGS

NOW = datetime.now(timezone.utc)
PNG = b"\x89PNG\r\n\x1a\n"


def finding(guard: str, verdict: str, *labels: str) -> dict:
    return {"guard": guard, "verdict": verdict, "risk": 0.5, "elapsed_ms": 1.0, "reason": "",
            "spans": [{"start": 0, "end": 4, "label": label} for label in labels]}


def seed(db: Database) -> None:
    answers, ratings = [], []
    n = 0

    def answer(days_ago: float, question: str, *, channel: str = "api", sources=("docs:vpn.md",), version="answer@1",
               findings=(), blocked=False, total=1500.0, rating: int | None = None, comment: str = "") -> None:
        nonlocal n
        n += 1
        aid = f"00000000-0000-4000-8000-{n:012d}"
        at = NOW - timedelta(days=days_ago, minutes=2)
        answers.append(AuditRow(
            id=aid, created_at=at, principal=f"user{n % 3}@example.com", channel=channel, conversation_id=aid,
            question=question, answer="Use the portal [1].", sources=[{"number": i + 1, "doc_id": d}
                                                                     for i, d in enumerate(sources)],
            findings=list(findings), blocked=blocked, model="smollm2", prompt_version=version,
            timings_ms={"retrieval": 20.0 + n, "first_token": total / 2, "total": total + 10 * n}))
        if rating is not None:
            ratings.append(FeedbackRow(
                answer_id=aid, conversation_id=aid, channel=channel, principal=f"user{n % 3}@example.com",
                rating=rating, comment=comment, question=question, answer="Use the portal [1].",
                sources=answers[-1].sources, model="smollm2", prompt_version=version,
                timings_ms=answers[-1].timings_ms, created_at=at + timedelta(minutes=1)))

    vpn = ["How do I reset my VPN password?", "VPN password reset steps", "I forgot my VPN password, what now?"]
    for i, q in enumerate(vpn * 2):
        answer(i % 5, q, channel=("api", "widget", "slack")[i % 3], rating=-1,
               comment="Wrong, ask <PERSON_1> instead" if i == 0 else "")
    for i in range(4):
        grounded = finding("grounding", "allow" if i % 2 else "warn")
        answer(i, "How much is the per diem in Paris?", sources=("docs:per-diem.xlsx",), version="answer@2",
               findings=[grounded, finding("pii", "transform", "PERSON", "EMAIL_ADDRESS")], rating=1, total=900.0)
    for i in range(3):
        answer(i, "Does the dental insurance cover implants?", sources=(), channel="widget")
    answer(1, "Is there a discount for gym membership?", sources=())
    answer(2, "What is <PERSON_2>'s salary?", sources=(), blocked=True,
           findings=[finding("no-salary", "block")])
    answer(1, "REGRESSIONONLY question", sources=(), channel="regression")
    answer(40, "OLDQUESTION from before the period", sources=())
    with db.session() as s:
        s.add_all(answers)
        s.flush()
        s.add_all(ratings)
        for doc in ("docs:vpn.md", "docs:per-diem.xlsx", "docs:never-cited.md"):
            s.add(DocumentRow(id=doc, source="docs", uri=f"file:///{doc}", title=doc, content_hash="0" * 64))


@pytest.fixture
def db(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'state.db'}")
    database.migrate()
    yield database
    database.close()


def images(page: str) -> list[bytes]:
    return [base64.b64decode(m) for m in re.findall(r'<img alt="[^"]*" src="data:image/png;base64,([^"]+)">', page)]


def test_the_report_has_every_section_and_valid_plots(db, embedder):
    seed(db)
    data = load_report_data(db, NOW - timedelta(days=30))
    page = build_report(data, embedder.embed, grounding_guards={"grounding"},
                        prompt_split={"answer@1": 90, "answer@2": 10})
    for key, title in SECTIONS.items():
        assert f'<section id="{key}"><h2>{title}</h2>' in page
    pngs = images(page)
    assert len(pngs) == len(SECTIONS) and page.count("<img") == len(SECTIONS)
    for png in pngs:
        assert png.startswith(PNG)
        with Image.open(io.BytesIO(png)) as img:
            img.verify()
        with Image.open(io.BytesIO(png)) as img:
            assert img.format == "PNG" and img.size[0] > 300 and img.size[1] > 100
    # Self-contained: no script, stylesheet, font or image from anywhere.
    assert not re.search(r"<script|<link|<iframe|@import|url\(|src=\"(?!data:)", page)
    assert "http://" not in page and "https://" not in page
    # Text as stored (pseudonymized), escaped; measurements and old records left out.
    assert "&lt;PERSON_1&gt;" in page and "<PERSON_1>" not in page
    assert "REGRESSIONONLY" not in page and "OLDQUESTION" not in page
    assert "docs:never-cited.md" in page


def test_the_tables_add_up(db, embedder):
    seed(db)
    page = build_report(load_report_data(db, NOW - timedelta(days=30)), embedder.embed,
                        grounding_guards={"grounding"}, prompt_split={"answer@1": 90, "answer@2": 10})

    def section(key: str) -> str:
        return page.split(f'<section id="{key}">')[1].split("</section>")[0]

    def rows(key: str) -> list[list[str]]:
        return [re.findall(r"<td>(.*?)</td>", r) for r in re.findall(r"<tr>(<td>.*?)</tr>", section(key))]

    assert '<b>15</b><span>answers</span>' in page and '<b>10</b><span>ratings</span>' in page
    assert ["answer@1", "90%", "11", "6", "0%", "n/a"] == rows("prompts")[0][:6]
    assert ["answer@2", "10%", "4", "4", "100%", "50%"] == rows("prompts")[1][:6]
    assert ["pii", "transform", "PERSON", "4"] in rows("findings")
    assert ["no-salary", "block", "-", "1"] in rows("findings")
    # Six thumbs-down on three phrasings of one question make one topic.
    assert "6 down of 6 ratings" in section("worst") and section("worst").count("<h3>") == 1
    gaps = rows("gaps")
    assert gaps[0][0] == "Does the dental insurance cover implants?" and gaps[0][1] == "3"
    assert "salary" not in section("gaps"), "a blocked question is not a gap in the corpus"
    assert ["docs:vpn.md", "docs", "6"] in rows("sources")


def test_topics_group_paraphrases_and_label_them_by_their_centre(embedder):
    texts = ["How do I reset my VPN password?", "Lunch hours of the canteen", "VPN password reset steps",
             "When does the canteen open for lunch?", "I forgot my VPN password"]
    found = topics(texts, embedder.embed)
    assert sorted(sorted(t.members) for t in found) == [[0, 2, 4], [1, 3]]
    assert "VPN" in found[0].label


def test_an_empty_store_is_a_page_that_says_so(db):
    def never(_texts):
        raise AssertionError("nothing to embed")

    page = build_report(load_report_data(db, NOW - timedelta(days=30)), never)
    assert "No data yet" in page and "<img" not in page and page.startswith("<!DOCTYPE html>")


def test_the_command_writes_the_page_for_an_empty_store(tmp_path):
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CONFIG_DIR": str(CONFIGS)}
    out = tmp_path / "out" / "report.html"
    result = subprocess.run([sys.executable, "-m", "assistant", "report", "--since", "2020-01-01", "--out", str(out)],
                            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    # rich wraps the message at the console's width, which a long temporary path can push past
    assert "no data yet" in " ".join(result.stdout.split()) and "No data yet" in out.read_text()
