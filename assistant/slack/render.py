"""Slack text both ways: questions to plain text, answers (Markdown) to mrkdwn and Block Kit.

Everything the model wrote is escaped first, so an answer can never ping a channel (`<!channel>`), mention
someone or smuggle a link in; only the links built here from the citations are links.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from assistant.chat import Answer, Citation

FEEDBACK_UP = "feedback_up"
FEEDBACK_DOWN = "feedback_down"
# Slack's limits: a section's text, and the fallback text shown in notifications.
SECTION_CHARS = 3000
TEXT_CHARS = 3900

_SLACK_REF = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_CODE = re.compile(r"(```.*?```|`[^`\n]+`)", re.S)
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\(((?:https?://|mailto:)[^)\s]+)\)")
_CITATION = re.compile(r"\[(\d{1,2})\](?!\()")


def question_text(text: str, bot_user_id: str | None) -> str:
    """A Slack message as the plain text a person meant: mentions, channel names and links unwrapped."""

    def plain(m: re.Match[str]) -> str:
        target, label = m.group(1), m.group(2)
        if target.startswith("@"):
            return "" if target[1:] == bot_user_id else "@" + (label or target[1:])
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            return "@" + (label or target[1:].split("^")[0])
        return label or target.removeprefix("mailto:")

    text = _SLACK_REF.sub(plain, text)
    return re.sub(r"\s+", " ", _unescape(text)).strip()


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def source_url(citation: Citation, document_url: str) -> str | None:
    """A web link for the source: its own address if that is one, else the configured document URL."""
    if citation.uri.startswith(("https://", "http://")):
        return citation.uri
    if document_url:
        return document_url.replace("{doc_id}", quote(citation.doc_id, safe=""))
    return None


def _link(url: str, label: str) -> str:
    return f"<{escape(url).replace('|', '%7C')}|{label.replace('|', '/')}>"


def to_mrkdwn(markdown: str, links: dict[int, str] | None = None) -> str:
    """Markdown as Slack's mrkdwn; `[n]` citations become links where `links` has the source's URL."""
    parts = _CODE.split(markdown.replace("\x00", ""))
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(escape(part))
            continue
        # Finished links are set aside while the emphasis rules run, so a '*' or '__' in a URL stays as it is.
        made: list[str] = []

        def keep(link: str) -> str:
            made.append(link)
            return f"\x00{len(made) - 1}\x00"

        text = _MD_LINK.sub(lambda m: keep(_link(_unescape(m.group(2)), m.group(1))), escape(part))
        if links:
            text = _CITATION.sub(lambda m: keep(_link(links[int(m.group(1))], m.group(0)))
                                 if int(m.group(1)) in links else m.group(0), text)
        text = re.sub(r"(?m)^(\s*)[-*+]\s+", r"\1• ", text)
        text = re.sub(r"(?<![*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![*\w])", r"_\1_", text)
        text = re.sub(r"(?m)^#{1,6}\s+(.+?)\s*#*$", r"*\1*", text)
        text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: f"*{m.group(1) or m.group(2)}*", text)
        text = re.sub(r"~~(.+?)~~", r"~\1~", text)
        out.append(re.sub("\x00(\\d+)\x00", lambda m: made[int(m.group(1))], text))
    return "".join(out)


def progress_text(markdown: str) -> str:
    """The answer so far, while it streams."""
    return _clip(to_mrkdwn(markdown), TEXT_CHARS - 2) + " …"


def sources_text(citations: tuple[Citation, ...], document_url: str) -> str:
    lines = []
    for c in citations:
        url = source_url(c, document_url)
        title = escape(c.title or c.doc_id)
        where = f" · {escape(', '.join(c.sections[:2]))}" if c.sections else ""
        lines.append(f"{_link(url, f'[{c.number}]')} {_link(url, title)}{where}" if url
                     else f"[{c.number}] {title}{where}")
    return "*Sources*\n" + "\n".join(lines) if lines else ""


def answer_message(answer: Answer, document_url: str, feedback: bool = True) -> tuple[str, list[dict]]:
    """The final message: text (notifications, clients without blocks) and blocks (answer, sources, thumbs)."""
    links = {c.number: url for c in answer.citations if (url := source_url(c, document_url))}
    body = to_mrkdwn(answer.text, links)
    sources = sources_text(answer.citations, document_url)
    blocks: list[dict] = [{"type": "section", "text": {"type": "mrkdwn", "text": piece}}
                          for piece in _pieces(body or " ", SECTION_CHARS)]
    if sources:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": _clip(sources, SECTION_CHARS)}})
    if feedback:
        blocks.append({"type": "actions", "block_id": "feedback", "elements": [
            _button(FEEDBACK_UP, ":thumbsup:", "Helpful", answer.id),
            _button(FEEDBACK_DOWN, ":thumbsdown:", "Not helpful", answer.id),
        ]})
    text = _clip(f"{body}\n\n{sources}" if sources else body, TEXT_CHARS)
    return text, blocks


def _button(action_id: str, emoji: str, label: str, answer_id: str) -> dict:
    return {"type": "button", "action_id": action_id, "value": answer_id, "accessibility_label": label,
            "text": {"type": "plain_text", "text": emoji, "emoji": True}}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pieces(text: str, limit: int) -> list[str]:
    """Split at line ends where possible, so no piece is over Slack's limit."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    return [*pieces, text]
