"""Driving the widget in a page: Playwright's locators pierce its open shadow root."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from playwright.sync_api import Page, expect

from tests.e2e.conftest import AXE

ANSWER_TIMEOUT_MS = 180_000


def demo_url(base: str, key: str, **params: str) -> str:
    return f"{base}/widget/demo?{urlencode({'key': key, **params})}"


def launcher(page: Page, title: str = "Assistant"):
    return page.get_by_role("button", name=f"Open {title} chat")


def question_box(page: Page):
    return page.locator("assistant-widget #aw-input")


def log(page: Page):
    return page.locator("assistant-widget .log")


def answers(page: Page):
    return page.locator("assistant-widget .msg.bot")


def open_widget(page: Page, title: str = "Assistant") -> None:
    launcher(page, title).click()
    expect(question_box(page)).to_be_focused()


def ask(page: Page, question: str) -> None:
    """Type the question, press Enter, and wait until the answer (or an error) is complete."""
    before = answers(page).count() + page.locator("assistant-widget .msg.error").count()
    question_box(page).fill(question)
    question_box(page).press("Enter")
    page.wait_for_function(
        """([before]) => {
            const root = document.querySelector('assistant-widget').shadowRoot;
            const done = root.querySelectorAll('.msg.bot[aria-busy=false], .msg.error').length;
            return root.querySelector('.log').getAttribute('aria-busy') === 'false' && done > before;
        }""", arg=[before], timeout=ANSWER_TIMEOUT_MS)


def citation_titles(message) -> list[str]:
    return [t.strip() for t in message.locator(".sources li .title, .sources li a").all_inner_texts()]


def stored_state(page: Page) -> dict | None:
    raw = page.evaluate("""() => Object.keys(sessionStorage).filter(k => k.startsWith('assistant-widget:'))
                                  .map(k => sessionStorage.getItem(k))[0] || null""")
    return json.loads(raw) if raw else None


def csp_violations(page: Page) -> list[dict]:
    return page.evaluate("() => window.__cspViolations")


def assert_clean(page: Page) -> None:
    """No CSP violation reached the page, and no script error or CSP refusal was logged."""
    assert csp_violations(page) == []
    assert page.errors == []


def axe_violations(page: Page) -> list[dict]:
    """axe-core's serious and critical violations on the page, widget shadow DOM included.

    axe is evaluated over the DevTools protocol, which the page's CSP does not govern: the page stays strict.
    """
    if not AXE.exists():
        raise AssertionError(f"{AXE} is missing: `make test` installs axe-core from npm")
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
    }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]
