"""The widget against the real app: real model, real retrieval with ACLs, real feedback store."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from assistant.state.tables import FeedbackRow
from tests.e2e.conftest import host_token
from tests.e2e.widget_page import (
    answers,
    ask,
    assert_clean,
    citation_titles,
    demo_url,
    log,
    open_widget,
    stored_state,
)

pytestmark = pytest.mark.slow

VPN_QUESTION = "What is the VPN client called?"
FALCON_QUESTION = "What is the Project Falcon budget?"


def test_script_and_demo_carry_strict_headers(live_server, widget_key):
    with httpx.Client(base_url=live_server.url) as http:
        script = http.get("/widget.js")
        demo = http.get("/widget/demo", params={"key": widget_key.secret, "title": "Ask <b>IT</b>\"",
                                                 "user_token": "aaa.bbb.ccc"})
        bad_key = http.get("/widget/demo", params={"key": "<script>alert(1)</script>"})
        bad_token = http.get("/widget/demo", params={"key": widget_key.secret, "user_token": "x\" onload=\"y"})
        no_key = http.get("/widget/demo")
        cached = http.get("/widget.js", headers={"If-None-Match": script.headers["etag"]})

    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert "customElements.define" in script.text
    assert cached.status_code == 304
    for response in (script, demo, bad_key, no_key):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    csp = dict(d.strip().split(" ", 1) for d in demo.headers["content-security-policy"].split(";"))
    assert csp["default-src"] == "'none'"
    assert csp["script-src"] == "'self'"
    assert csp["connect-src"] == "'self'"
    assert csp["img-src"] == "'none'"
    assert "unsafe" not in demo.headers["content-security-policy"]

    assert demo.status_code == 200
    # The only secret-looking thing in the page is the public widget key; the title is escaped.
    assert f'data-key="{widget_key.secret}"' in demo.text
    assert 'data-user-token="aaa.bbb.ccc"' in demo.text
    assert widget_key.signing_secret not in demo.text
    assert "<b>IT</b>" not in demo.text and "Ask &lt;b&gt;IT&lt;/b&gt;&quot;" in demo.text
    assert re.findall(r"<script[^>]*>", demo.text) == [re.search(r"<script src=\"/widget\.js\"[^>]*>", demo.text)[0]]
    assert bad_key.status_code == 400 and "<script>alert" not in bad_key.text and "not a widget key" in bad_key.text
    assert bad_token.status_code == 400 and "onload" not in bad_token.text
    assert no_key.status_code == 200 and "needs a widget key" in no_key.text


def test_answers_with_citations_takes_feedback_and_survives_a_reload(live_server, widget_key, new_page, artifacts_dir):
    page = new_page(viewport={"width": 1280, "height": 800})
    page.goto(demo_url(live_server.url, widget_key.secret))
    open_widget(page)
    ask(page, VPN_QUESTION)

    answer = answers(page).last
    assert page.locator("assistant-widget .msg.error").count() == 0
    expect(answer.locator(".bubble")).not_to_be_empty()
    assert len(answer.locator(".bubble").inner_text().strip()) > 10
    assert "HarborLink VPN Setup Guide" in citation_titles(answer)
    # The sample corpus lives on disk: its paths are shown as text, never as links.
    expect(answer.locator(".sources a")).to_have_count(0)
    expect(answer.locator(".sources .uri").first).to_contain_text("vpn-setup.pdf")

    shot = artifacts_dir / "widget-open.png"
    page.screenshot(path=str(shot))
    print(f"screenshot of the open widget: {shot}")

    answer.get_by_role("button", name="Not helpful").click()
    comment = answer.get_by_label("What was wrong? (optional)")
    expect(comment).to_be_focused()
    comment.fill("It should say which version to install.")
    answer.get_by_role("button", name="Send feedback").click()
    expect(answer.get_by_text("Thanks for your feedback.")).to_be_visible()

    state = stored_state(page)
    answer_id = state["messages"][-1]["answer_id"]
    assert state["conversation_id"]
    with live_server.runtime.db.session() as s:
        row = s.scalar(select(FeedbackRow).where(FeedbackRow.answer_id == answer_id))
        assert row is not None, "the thumbs-down did not reach the feedback store"
        assert (row.rating, row.comment, row.channel) == (-1, "It should say which version to install.", "widget")

    page.reload()
    open_widget(page)
    expect(log(page).locator(".msg.user")).to_have_text([re.compile(re.escape(VPN_QUESTION))])
    restored = answers(page).last
    assert "HarborLink VPN Setup Guide" in citation_titles(restored)
    expect(restored.get_by_role("button", name="Not helpful")).to_have_attribute("aria-pressed", "true")
    assert stored_state(page)["conversation_id"] == state["conversation_id"]
    assert_clean(page)


def test_a_signed_in_finance_member_sees_the_private_budget(live_server, widget_key, new_page):
    page = new_page()
    page.goto(demo_url(live_server.url, widget_key.secret))
    open_widget(page)
    ask(page, FALCON_QUESTION)
    assert page.locator("assistant-widget .msg.error").count() == 0
    assert "Project Falcon budget" not in citation_titles(answers(page).last)

    token = host_token(widget_key, "fiona@example.com", ["finance"])
    page.evaluate("(token) => AssistantWidget.setUserToken(token)", token)
    # Another user: the anonymous conversation is gone from the panel and from storage.
    expect(answers(page)).to_have_count(0)
    assert stored_state(page) is None

    ask(page, FALCON_QUESTION)
    assert page.locator("assistant-widget .msg.error").count() == 0
    assert "Project Falcon budget" in citation_titles(answers(page).last)
    assert stored_state(page)["who"] == "user:fiona@example.com"

    page.evaluate("() => AssistantWidget.signOut()")
    expect(answers(page)).to_have_count(0)
    assert stored_state(page) is None
    assert_clean(page)


def test_a_key_used_from_another_origin_is_refused_in_plain_words(live_server, make_widget_key, new_page):
    elsewhere = make_widget_key(origins=("https://intranet.example",))
    page = new_page()
    page.goto(demo_url(live_server.url, elsewhere.secret))
    open_widget(page)
    ask(page, VPN_QUESTION)
    expect(page.locator("assistant-widget .msg.error")).to_have_text("This site or account is not allowed to use the assistant.")
    assert_clean(page)
