"""The widget against a scripted API: streaming, rendering, guard notes, errors, accessibility, small screens."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import FAKE_KEY, Reply
from tests.e2e.widget_page import (
    answers,
    ask,
    assert_clean,
    axe_violations,
    csp_violations,
    demo_url,
    launcher,
    open_widget,
    question_box,
    stored_state,
)

pytestmark = pytest.mark.slow

VPN = {"number": 1, "doc_id": "sample:vpn-setup.pdf", "title": "HarborLink VPN Setup Guide",
       "uri": "/srv/docs/vpn-setup.pdf", "sections": ["Connecting from home"]}


def sse(payload: dict, event: str | None = None) -> str:
    return (f"event: {event}\n" if event else "") + f"data: {json.dumps(payload)}\n\n"


def chunk(**extra) -> dict:
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": "fake",
            "choices": [{"index": 0, "delta": extra.pop("delta", {}), "finish_reason": extra.pop("finish", None)}],
            **extra}


def answer_reply(pieces: list[str], citations: list[dict] = (VPN,), findings: list[dict] = (), delay: float = 0.0,
                 answer_id: str = "answer-1", retraction: str | None = None) -> Reply:
    events = [(0.0, sse(chunk(delta={"role": "assistant", "content": ""}, citations=list(citations))))]
    events += [(delay, sse(chunk(delta={"content": p}))) for p in pieces]
    if retraction:
        events.append((delay, sse(chunk(retraction={"message": retraction}), event="retraction")))
    events.append((0.0, sse(chunk(finish="stop", answer_id=answer_id, conversation_id="conv-1",
                                  citations=list(citations), guard_findings=list(findings), blocked=False))
                   + "data: [DONE]\n\n"))
    return Reply(events=events)


def bot_text(page) -> str:
    return answers(page).last.locator(".bubble").inner_text()


def test_streams_the_answer_piece_by_piece(fake_api, new_page):
    fake_api.replies.append(answer_reply(["The VPN ", "client is ", "**HarborLink** [1]."], delay=0.6))
    page = new_page()
    page.goto(demo_url(fake_api.url, FAKE_KEY))
    open_widget(page)
    question_box(page).fill("What is the VPN client called?")
    question_box(page).press("Enter")

    bot = answers(page).last
    expect(bot).to_have_attribute("aria-busy", "true")
    expect(bot.locator(".bubble")).to_contain_text("The VPN")
    assert "HarborLink" not in bot_text(page)
    expect(bot.locator(".bubble")).to_contain_text("client is")
    expect(bot).to_have_attribute("aria-busy", "false")
    expect(bot.locator(".bubble strong")).to_have_text("HarborLink")
    expect(bot.locator(".sources li")).to_contain_text(["HarborLink VPN Setup Guide"])

    sent = fake_api.chats[0]
    assert sent["headers"]["authorization"] == f"Bearer {FAKE_KEY}"
    assert sent["body"]["stream"] is True and sent["body"]["messages"][-1]["content"] == "What is the VPN client called?"
    assert sent["body"]["rag"]["conversation_id"] is None

    fake_api.replies.append(answer_reply(["Version 5.2."]))
    ask(page, "Which version?")
    assert fake_api.chats[1]["body"]["rag"]["conversation_id"] == "conv-1"
    assert_clean(page)


def test_the_user_token_travels_with_each_request_until_sign_out(fake_api, new_page):
    fake_api.replies.extend(answer_reply([f"Answer {n}."], answer_id=f"a{n}") for n in range(3))
    page = new_page()
    page.goto(demo_url(fake_api.url, FAKE_KEY, user_token="aaa.bbb.ccc"))
    open_widget(page)
    ask(page, "First?")
    page.evaluate("() => AssistantWidget.setUserToken('ddd.eee.fff')")
    expect(answers(page)).to_have_count(0)  # another user: a new conversation
    ask(page, "Second?")
    page.evaluate("() => AssistantWidget.signOut()")
    ask(page, "Third?")
    assert [c["headers"].get("x-user-token") for c in fake_api.chats] == ["aaa.bbb.ccc", "ddd.eee.fff", None]
    assert [c["body"]["rag"]["conversation_id"] for c in fake_api.chats] == [None, None, None]
    assert_clean(page)


def test_the_conversation_expires_after_half_an_hour_idle(fake_api, new_page):
    fake_api.replies.append(answer_reply(["HarborLink."]))
    page = new_page()
    page.goto(demo_url(fake_api.url, FAKE_KEY))
    open_widget(page)
    ask(page, "What is the VPN client called?")
    page.reload()
    open_widget(page)
    expect(answers(page)).to_have_count(1)
    page.evaluate("""() => { for (const k of Object.keys(sessionStorage)) {
        const s = JSON.parse(sessionStorage.getItem(k)); s.updated -= 31 * 60 * 1000;
        sessionStorage.setItem(k, JSON.stringify(s)); } }""")
    page.reload()
    open_widget(page)
    expect(answers(page)).to_have_count(0)
    assert stored_state(page) is None


def test_the_csp_watch_catches_a_violation(fake_api, new_page):
    page = new_page()
    page.goto(demo_url(fake_api.url, FAKE_KEY))
    page.evaluate("() => document.body.setAttribute('style', 'color: red')")
    page.wait_for_function("() => window.__cspViolations.length > 0")
    assert csp_violations(page)[0]["directive"].startswith("style-src")


def test_answers_are_sanitized_markdown_and_links_go_only_to_allowed_hosts(fake_api, new_page):
    widget = fake_api.url
    text = ("Intro <img src=x onerror=\"window.__xss=1\"> <script>window.__xss=2</script> **bold** *soft* `cfg` [1][2]\n\n"
            "- first step\n- second step\n\n1. one\n2. two\n\n"
            f"[ours]({widget}/docs/vpn) [docs](https://docs.intranet.test/vpn) [js](javascript:window.__xss=3) "
            "[evil](https://evil.example/x) https://evil.example/bare")
    citations = [VPN, {"number": 2, "doc_id": "wiki:vpn", "title": "VPN wiki", "uri": "https://docs.intranet.test/vpn",
                       "sections": []},
                 {"number": 3, "doc_id": "web:x", "title": "Elsewhere", "uri": "https://evil.example/doc", "sections": []}]
    fake_api.replies.append(answer_reply([text], citations=citations))
    page = new_page()
    # Another site embeds the widget from our host, under its own CSP that allows no inline style at all.
    page.goto(f"{widget.replace('127.0.0.1', 'localhost')}/host?allowed_hosts=docs.intranet.test")
    open_widget(page, "Ask IT")
    ask(page, "How do I connect?")

    bot = answers(page).last
    bubble = bot.locator(".bubble")
    assert page.evaluate("() => window.__xss") is None
    expect(page.locator("assistant-widget img, assistant-widget script, assistant-widget iframe")).to_have_count(0)
    expect(bubble).to_contain_text('<img src=x onerror="window.__xss=1">')
    expect(bubble.locator("strong")).to_have_text("bold")
    expect(bubble.locator("em")).to_have_text("soft")
    expect(bubble.locator("code")).to_have_text("cfg")
    expect(bubble.locator("ul > li")).to_have_text(["first step", "second step"])
    expect(bubble.locator("ol > li")).to_have_text(["one", "two"])
    hrefs = bot.locator("a").evaluate_all("(links) => links.map(a => [a.textContent, a.href, a.rel, a.target])")
    assert sorted(h[1] for h in hrefs) == sorted([f"{widget}/docs/vpn", "https://docs.intranet.test/vpn",
                                                  "https://docs.intranet.test/vpn", "https://docs.intranet.test/vpn"])
    assert all("noopener" in rel and target == "_blank" for _, _, rel, target in hrefs)
    expect(bubble).to_contain_text("js evil https://evil.example/bare")
    expect(bubble.locator("sup.ref")).to_have_text(["[1]", "[2]"])
    sources = bot.locator(".sources li")
    expect(sources.nth(0)).to_contain_text("/srv/docs/vpn-setup.pdf")
    expect(sources.nth(2).locator("a")).to_have_count(0)
    assert fake_api.chats[0]["headers"]["origin"] == widget.replace("127.0.0.1", "localhost")
    assert_clean(page)


def test_guard_notes_and_retractions(fake_api, new_page):
    pii = {"guard": "pii", "verdict": "transform", "risk": 0.6, "reason": "personal data", "spans": []}
    fake_api.replies.append(answer_reply(["Ask <PERSON_1> at the help desk."], findings=[pii]))
    fake_api.replies.append(answer_reply(["A claim the sources do not make. "],
                                         retraction="This answer was withdrawn: it was not supported by the documents."))
    page = new_page()
    page.goto(demo_url(fake_api.url, FAKE_KEY))
    open_widget(page)
    ask(page, "Who runs the help desk?")
    expect(answers(page).last.locator(".notes")).to_have_text("Some personal data was masked.")

    ask(page, "What else?")
    bot = answers(page).last
    expect(bot.locator(".bubble")).to_contain_text("This answer was withdrawn: it was not supported by the documents.")
    expect(bot.locator(".bubble")).not_to_contain_text("A claim the sources do not make")
    expect(bot.locator(".sources")).to_have_count(0)
    assert_clean(page)


@pytest.mark.parametrize(("reply", "shown"), [
    (Reply(status=401), "This chat is not set up correctly: its key was not accepted."),
    (Reply(status=403), "This site or account is not allowed to use the assistant."),
    (Reply(status=429, headers={"Retry-After": "7"}), "The assistant is busy right now. Please try again in 7 seconds."),
    (Reply(status=503), "The assistant is unavailable right now. Please try again later."),
    (Reply(events=[(0, sse(chunk(delta={"content": "Half an ans"}))),
                   (0, sse({"error": {"message": "the model timed out", "type": "timeout_error", "code": None}}))]),
     "The answer was interrupted: the model timed out. Please try again."),
    (None, "Can't reach the assistant. Check your connection and try again."),
], ids=["401", "403", "429", "503", "mid-stream", "network-down"])
def test_errors_are_shown_in_plain_words(fake_api, new_page, reply, shown):
    page = new_page()
    page.goto(demo_url(fake_api.url, FAKE_KEY))
    if reply is None:
        page.route("**/v1/chat/completions", lambda route: route.abort("internetdisconnected"))
    else:
        fake_api.replies.append(reply)
    open_widget(page)
    ask(page, "Is the VPN down?")
    error = page.locator("assistant-widget .msg.error")
    expect(error).to_have_text(shown)
    expect(error).to_have_attribute("role", "alert")
    if reply is None or reply.status != 200:
        expect(question_box(page)).to_have_value("Is the VPN down?")  # ready to send again
    assert_clean(page)


def test_keyboard_only(fake_api, new_page):
    fake_api.replies.append(answer_reply(["Use **HarborLink**."]))
    page = new_page()
    page.goto(demo_url(fake_api.url, FAKE_KEY))
    page.wait_for_function("() => !!window.AssistantWidget")
    for _ in range(12):
        page.keyboard.press("Tab")
        if launcher(page).evaluate("(b) => b.getRootNode().activeElement === b"):
            break
    else:
        pytest.fail("Tab never reached the chat button")
    page.keyboard.press("Enter")
    expect(question_box(page)).to_be_focused()
    expect(page.get_by_role("button", name="Close Assistant chat")).to_have_attribute("aria-expanded", "true")
    page.keyboard.type("What is the VPN client called?")
    page.keyboard.press("Enter")
    expect(answers(page).last).to_have_attribute("aria-busy", "false")
    expect(answers(page).last.locator(".bubble strong")).to_have_text("HarborLink")
    expect(page.locator("assistant-widget .log")).to_have_attribute("aria-live", "polite")
    page.keyboard.press("Escape")
    expect(page.locator("assistant-widget .panel")).to_be_hidden()
    expect(launcher(page)).to_be_focused()
    expect(launcher(page)).to_have_attribute("aria-expanded", "false")
    assert_clean(page)


def test_fills_a_phone_screen(fake_api, new_page, artifacts_dir):
    fake_api.replies.append(answer_reply(["Install **HarborLink** from the software centre [1]."]))
    page = new_page(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True, device_scale_factor=2)
    page.goto(demo_url(fake_api.url, FAKE_KEY))
    launcher(page).tap()
    panel = page.locator("assistant-widget .panel")
    expect(panel).to_be_visible()
    assert panel.bounding_box() == {"x": 0, "y": 0, "width": 375, "height": 667}
    ask(page, "How do I get the VPN?")
    expect(answers(page).last.locator(".bubble")).to_be_in_viewport()
    expect(question_box(page)).to_be_in_viewport()
    shot = artifacts_dir / "widget-phone.png"
    page.screenshot(path=str(shot))
    print(f"screenshot of the widget on a phone: {shot}")
    page.get_by_role("button", name="Close chat").tap()
    expect(panel).to_be_hidden()
    expect(launcher(page)).to_be_visible()
    assert_clean(page)


def test_no_serious_accessibility_violations_with_the_widget_open(fake_api, new_page):
    pii = {"guard": "pii", "verdict": "transform", "risk": 0.6, "reason": "", "spans": []}
    fake_api.replies.append(answer_reply(["Use **HarborLink** [1].\n\n- Open it\n- Sign in"], findings=[pii]))
    fake_api.replies.append(Reply(status=429, headers={"Retry-After": "3"}))
    page = new_page()
    page.goto(demo_url(fake_api.url, FAKE_KEY))
    open_widget(page)
    ask(page, "What is the VPN client called?")
    answers(page).last.get_by_role("button", name="Not helpful").click()
    ask(page, "And on a phone?")
    assert axe_violations(page) == []
    assert fake_api.feedback[0]["body"] == {"answer_id": "answer-1", "rating": "down"}
