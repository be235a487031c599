"""`assistant report`: one self-contained HTML page on how the assistant is used and how well it answers.

Everything comes from the audit records, the feedback store and the document ledger, whose question and
answer texts are stored pseudonymized; the page shows them as stored. Plots are drawn with matplotlib's Agg
renderer (a bare `Figure`, no pyplot state) and embedded as base64 PNG: the page loads nothing from anywhere.
Answers of regression runs (channel "regression") are left out: they are measurements, not use.
"""

from __future__ import annotations

import base64
import html
import io
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import numpy as np
from sqlalchemy import select

from assistant.regression import REGRESSION_CHANNEL
from assistant.state import Database
from assistant.state.tables import AuditRow, DocumentRow, FeedbackRow

Embed = Callable[[list[str]], np.ndarray]
STAGES = ("retrieval", "rewrite", "boundary", "first_token", "total")
PERCENTILES = (50, 90, 95, 99)
# Cosine similarity (MiniLM, normalized) above which two questions count as one topic.
TOPIC_THRESHOLD = 0.6
MAX_CLUSTERED = 2000
SECTIONS = {
    "answers": "Answers per day and channel", "satisfaction": "Satisfaction over time", "latency": "Latency",
    "findings": "Guard findings by kind", "worst": "Worst-rated questions by topic",
    "gaps": "Questions without a supporting document", "sources": "Sources cited and never cited",
    "prompts": "Prompt versions side by side",
}


@dataclass(frozen=True)
class AnswerStat:
    created_at: datetime
    channel: str
    blocked: bool
    question: str
    sources: tuple[str, ...]
    findings: tuple[dict, ...]
    prompt_version: str
    timings_ms: dict


@dataclass(frozen=True)
class RatingStat:
    created_at: datetime
    channel: str
    rating: int
    question: str
    comment: str
    prompt_version: str


@dataclass(frozen=True)
class Topic:
    label: str
    members: tuple[int, ...]


@dataclass(frozen=True)
class ReportData:
    since: datetime
    until: datetime
    answers: list[AnswerStat]
    ratings: list[RatingStat]
    documents: dict[str, str]  # doc id -> source, of the documents in the ledger

    @property
    def empty(self) -> bool:
        return not self.answers and not self.ratings


def load_report_data(db: Database, since: datetime, until: datetime | None = None) -> ReportData:
    until = until or datetime.now(timezone.utc)
    answers: list[AnswerStat] = []
    ratings: list[RatingStat] = []
    cols = (AuditRow.created_at, AuditRow.channel, AuditRow.blocked, AuditRow.question, AuditRow.sources,
            AuditRow.findings, AuditRow.prompt_version, AuditRow.timings_ms)
    with db.session() as s:
        for created, channel, blocked, question, sources, findings, version, timings in s.execute(
                select(*cols).where(AuditRow.created_at >= since, AuditRow.created_at <= until,
                                    AuditRow.channel != REGRESSION_CHANNEL)):
            cited = tuple(src["doc_id"] for src in sources or ())
            # Only questions that found nothing are shown (as corpus gaps); the rest need not stay in memory.
            answers.append(AnswerStat(created, channel, bool(blocked), "" if cited or blocked else question, cited,
                                      tuple(findings or ()), version or "", timings or {}))
        for row in s.execute(select(FeedbackRow.created_at, FeedbackRow.channel, FeedbackRow.rating,
                                    FeedbackRow.question, FeedbackRow.comment, FeedbackRow.prompt_version)
                             .where(FeedbackRow.created_at >= since, FeedbackRow.created_at <= until,
                                    FeedbackRow.channel != REGRESSION_CHANNEL)):
            ratings.append(RatingStat(*row[:5], row[5] or ""))
        documents = dict(s.execute(select(DocumentRow.id, DocumentRow.source)
                                   .where(DocumentRow.duplicate_of.is_(None))).all())
    return ReportData(since, until, answers, ratings, documents)


def build_report(data: ReportData, embed: Embed, *, grounding_guards: Iterable[str] = (),
                 prompt_split: dict[str, float] | None = None) -> str:
    """The page. `embed` (normalized sentence embeddings) is called only when there are questions to group;
    `grounding_guards` names the configured grounding guards (any guard named '*grounding*' counts too)."""
    period = f"{data.since:%Y-%m-%d %H:%M} to {data.until:%Y-%m-%d %H:%M} UTC"
    if data.empty:
        return _page(period, '<section id="empty"><h2>No data yet</h2><p>There are no answers and no feedback '
                             'in this period yet. Once people ask questions and rate answers, this page shows '
                             'usage, satisfaction, latency, guard findings and gaps in the documents.</p></section>')
    grounding = set(grounding_guards)
    body = [
        _summary(data),
        _section("answers", _answers_per_day(data)),
        _section("satisfaction", _satisfaction(data)),
        _section("latency", _latency(data)),
        _section("findings", _findings(data)),
        _section("worst", _worst(data, embed)),
        _section("gaps", _gaps(data, embed)),
        _section("sources", _sources(data)),
        _section("prompts", _prompts(data, grounding, prompt_split or {})),
    ]
    return _page(period, "\n".join(body))


def topics(texts: list[str], embed: Embed, threshold: float = TOPIC_THRESHOLD) -> list[Topic]:
    """Questions grouped by meaning, largest group first; each labelled by the question nearest its centre.

    One pass of leader clustering over normalized embeddings: a question joins the closest topic whose
    centre is at least `threshold` similar, or starts a new one. Deterministic for a given order.
    """
    if not texts:
        return []
    vectors = np.asarray(embed(texts), dtype=np.float32)
    sums = np.zeros_like(vectors)
    centres = np.zeros_like(vectors)  # row k: the normalized sum of topic k's members
    members: list[list[int]] = []
    for i, v in enumerate(vectors):
        k = len(members)
        if k:
            sims = centres[:k] @ v
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                k = best
        if k == len(members):
            members.append([])
        members[k].append(i)
        sums[k] += v
        centres[k] = sums[k] / (np.linalg.norm(sums[k]) or 1.0)
    out = []
    for k, group in enumerate(members):
        label = max(group, key=lambda i: float(vectors[i] @ centres[k]))
        out.append(Topic(label=texts[label], members=tuple(group)))
    return sorted(out, key=lambda t: -len(t.members))


# --- sections -------------------------------------------------------------------------------------------


def _summary(data: ReportData) -> str:
    answered = len(data.answers)
    ups = sum(1 for r in data.ratings if r.rating > 0)
    cells = [
        ("answers", str(answered)),
        ("blocked", str(sum(a.blocked for a in data.answers))),
        ("ratings", str(len(data.ratings))),
        ("satisfaction", _pct(ups, len(data.ratings))),
        ("feedback rate", _pct(len(data.ratings), answered)),
        ("no supporting document", str(sum(1 for a in data.answers if not a.sources and not a.blocked))),
    ]
    tiles = "".join(f'<div class="tile"><b>{html.escape(v)}</b><span>{k}</span></div>' for k, v in cells)
    links = " · ".join(f'<a href="#{k}">{html.escape(v)}</a>' for k, v in SECTIONS.items())
    return f'<section id="summary"><div class="tiles">{tiles}</div><nav>{links}</nav></section>'


def _answers_per_day(data: ReportData) -> str:
    if not data.answers:
        return "<p>No answers in this period.</p>"
    per: dict[str, Counter] = defaultdict(Counter)
    for a in data.answers:
        per[a.channel][a.created_at.date()] += 1
    days = _days(min(a.created_at for a in data.answers).date(), max(a.created_at for a in data.answers).date())
    channels = sorted(per)

    def draw(ax):
        bottom = np.zeros(len(days))
        for ch in channels:
            counts = np.array([per[ch][d] for d in days], dtype=float)
            ax.bar(range(len(days)), counts, bottom=bottom, label=ch)
            bottom += counts
        _day_ticks(ax, days)
        _whole(ax.yaxis)
        ax.set_ylabel("answers")
        ax.legend(fontsize=8)

    rows = [(ch, sum(per[ch].values()), sum(1 for a in data.answers if a.channel == ch and a.blocked))
            for ch in channels]
    return _plot(draw, "Answers per day, stacked by channel") + _table(("channel", "answers", "blocked"), rows)


def _satisfaction(data: ReportData) -> str:
    if not data.ratings:
        return "<p>No feedback in this period.</p>"
    daily: dict[date, list[int]] = defaultdict(list)
    by_channel: dict[str, list[int]] = defaultdict(list)
    for r in data.ratings:
        daily[r.created_at.date()].append(r.rating)
        by_channel[r.channel].append(r.rating)
    days = sorted(daily)

    def draw(ax):
        ax.plot(range(len(days)), [_share(daily[d]) for d in days], marker="o")
        _day_ticks(ax, days)
        ax.set_ylim(0, 1.05)
        ax.set_ylabel("share of thumbs up")

    answers = Counter(a.channel for a in data.answers)
    rows = [(ch, len(v), sum(x > 0 for x in v), sum(x < 0 for x in v), _pct(sum(x > 0 for x in v), len(v)),
             _pct(len(v), answers[ch])) for ch, v in sorted(by_channel.items())]
    return (_plot(draw, "Satisfaction per day (thumbs up / all ratings)")
            + _table(("channel", "ratings", "up", "down", "satisfaction", "feedback rate"), rows))


def _latency(data: ReportData) -> str:
    values = {st: [a.timings_ms[st] for a in data.answers if st in a.timings_ms] for st in STAGES}
    values = {st: v for st, v in values.items() if v}
    if not values:
        return "<p>No timings recorded in this period.</p>"
    table = {st: np.percentile(np.array(v), PERCENTILES) / 1000 for st, v in values.items()}

    def draw(ax):
        width = 0.8 / len(PERCENTILES)
        for k, p in enumerate(PERCENTILES):
            ax.bar(np.arange(len(table)) + k * width, [table[st][k] for st in table], width, label=f"p{p}")
        ax.set_xticks(np.arange(len(table)) + width * (len(PERCENTILES) - 1) / 2, list(table))
        ax.set_ylabel("seconds")
        ax.legend(fontsize=8)

    rows = [(st, len(values[st]), *(f"{x:.2f}" for x in table[st])) for st in table]
    return (_plot(draw, "Latency percentiles per stage")
            + _table(("stage", "answers", *(f"p{p} (s)" for p in PERCENTILES)), rows))


def _findings(data: ReportData) -> str:
    counts: Counter = Counter()
    for a in data.answers:
        for f in a.findings:
            if f.get("verdict", "allow") != "allow":
                for kind in {s.get("label", "-") for s in f.get("spans", ())} or {"-"}:
                    counts[(f.get("guard", "?"), f["verdict"], kind)] += 1
    if not counts:
        return "<p>No guard raised anything in this period.</p>"
    top = counts.most_common(15)

    def draw(ax):
        labels = [f"{g} · {v} · {k}" for (g, v, k), _ in top][::-1]
        ax.barh(labels, [n for _, n in top][::-1])
        _whole(ax.xaxis)
        ax.set_xlabel("findings")

    rows = [(g, v, k, n) for (g, v, k), n in counts.most_common()]
    return (_plot(draw, "Guard findings (not 'allow') by guard, verdict and kind", height=0.4 * len(top) + 1)
            + _table(("guard", "verdict", "kind", "findings"), rows))


def _worst(data: ReportData, embed: Embed) -> str:
    rated = [r for r in data.ratings if r.question.strip()][-MAX_CLUSTERED:]
    if not any(r.rating < 0 for r in rated):
        return "<p>No thumbs-down in this period.</p>"
    found = topics([r.question for r in rated], embed)
    scored = []
    for t in found:
        group = [rated[i] for i in t.members]
        downs = [r for r in group if r.rating < 0]
        if downs:
            scored.append((t, group, downs))
    scored.sort(key=lambda x: (-len(x[2]), _share([r.rating for r in x[1]])))
    scored = scored[:12]

    def draw(ax):
        labels = [_short(t.label, 50) for t, _, _ in scored][::-1]
        ax.barh(labels, [len(d) for _, _, d in scored][::-1], color="#c0392b")
        _whole(ax.xaxis)
        ax.set_xlabel("thumbs down")

    blocks = []
    for t, group, downs in scored:
        examples = "".join(f"<li>{html.escape(_short(r.question))}</li>" for r in downs[:3])
        comments = "".join(f"<li><i>{html.escape(_short(r.comment))}</i></li>"
                           for r in [r for r in downs if r.comment][:3])
        blocks.append(f"<h3>{html.escape(_short(t.label, 120))}</h3><p>{len(downs)} down of {len(group)} "
                      f"ratings ({_pct(len(group) - len(downs), len(group))} satisfied)</p><ul>{examples}</ul>"
                      + (f"<p>Comments:</p><ul>{comments}</ul>" if comments else ""))
    return _plot(draw, "Topics with the most thumbs-down", height=0.4 * len(scored) + 1) + "".join(blocks)


def _gaps(data: ReportData, embed: Embed) -> str:
    missing = [a for a in data.answers if not a.sources and not a.blocked and a.question.strip()][-MAX_CLUSTERED:]
    if not missing:
        return "<p>Every question in this period found a supporting document.</p>"
    found = topics([a.question for a in missing], embed)
    top = found[:12]

    def draw(ax):
        ax.barh([_short(t.label, 50) for t in top][::-1], [len(t.members) for t in top][::-1], color="#e67e22")
        _whole(ax.xaxis)
        ax.set_xlabel("questions")

    rows = [(_short(t.label, 120), len(t.members),
             " | ".join(_short(missing[i].question, 80) for i in t.members[1:3])) for t in found[:20]]
    return (f"<p>{len(missing)} questions found no document the asker may read: topics asked but not covered "
            "(or covered only where the askers have no access).</p>"
            + _plot(draw, "Topics asked without a supporting document", height=0.4 * len(top) + 1)
            + _table(("topic", "questions", "other examples"), rows))


def _sources(data: ReportData) -> str:
    cited: Counter = Counter(d for a in data.answers for d in set(a.sources))
    never = sorted(d for d in data.documents if d not in cited)
    parts = []
    if cited:
        top = cited.most_common(15)

        def draw(ax):
            ax.barh([_short(d, 50) for d, _ in top][::-1], [n for _, n in top][::-1])
            _whole(ax.xaxis)
            ax.set_xlabel("answers citing it")

        parts.append(_plot(draw, "Most cited documents", height=0.35 * len(top) + 1))
        parts.append(_table(("document", "source", "answers citing it"),
                            [(d, data.documents.get(d, "(no longer in the ledger)"), n) for d, n in top]))
    else:
        parts.append("<p>No answer cited a document in this period.</p>")
    parts.append(f"<h3>Never cited ({len(never)} of {len(data.documents)} documents)</h3>")
    if never:
        parts.append(_table(("document", "source"), [(d, data.documents[d]) for d in never[:100]]))
        if len(never) > 100:
            parts.append(f"<p>and {len(never) - 100} more.</p>")
    return "".join(parts)


def _prompts(data: ReportData, grounding: set[str], split: dict[str, float]) -> str:
    versions = sorted(({a.prompt_version for a in data.answers} | {r.prompt_version for r in data.ratings}) - {""})
    if not versions:
        return "<p>No prompt version recorded in this period.</p>"
    total_share = sum(split.values()) or 1.0
    rows, sat = [], {}
    for v in versions:
        answers = [a for a in data.answers if a.prompt_version == v]
        ratings = [r.rating for r in data.ratings if r.prompt_version == v]
        checked = [_grounded(a, grounding) for a in answers]
        checked = [g for g in checked if g is not None]
        totals = [a.timings_ms["total"] for a in answers if "total" in a.timings_ms]
        if ratings:
            sat[v] = _share(ratings)
        rows.append((v, f"{100 * split[v] / total_share:.0f}%" if v in split else "-", len(answers), len(ratings),
                     _pct(sum(x > 0 for x in ratings), len(ratings)),
                     _pct(sum(checked), len(checked)) if checked else "n/a",
                     f"{np.median(totals) / 1000:.2f}" if totals else "n/a"))
    out = ""
    if sat:
        def draw(ax):
            ax.bar(list(sat), list(sat.values()))
            ax.set_ylim(0, 1.05)
            ax.set_ylabel("share of thumbs up")

        out = _plot(draw, "Satisfaction per prompt version")
    return out + _table(("version", "configured share", "answers", "ratings", "satisfaction", "grounding rate",
                         "median total (s)"), rows)


def _grounded(answer: AnswerStat, grounding: set[str]) -> bool | None:
    """True when the grounding guard passed every segment, False when it flagged one, None when it never ran."""
    verdicts = [f.get("verdict") for f in answer.findings
                if f.get("guard") in grounding or "grounding" in str(f.get("guard", "")).lower()]
    return None if not verdicts else all(v == "allow" for v in verdicts)


# --- helpers --------------------------------------------------------------------------------------------


def _plot(draw, alt: str, width: float = 9.0, height: float = 3.4) -> str:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, max(2.0, min(height, 10.0))), dpi=96)
    ax = fig.add_subplot()
    draw(ax)
    ax.set_title(alt, fontsize=10)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'


def _table(headers: Iterable[str], rows: Iterable[Iterable]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _section(key: str, content: str) -> str:
    return f'<section id="{key}"><h2>{html.escape(SECTIONS[key])}</h2>{content}</section>'


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _day_ticks(ax, days: list[date]) -> None:
    step = max(1, len(days) // 10)
    ax.set_xticks(range(0, len(days), step), [d.strftime("%m-%d") for d in days[::step]], fontsize=8)


def _whole(axis) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _share(ratings: list[int]) -> float:
    return sum(1 for r in ratings if r > 0) / len(ratings) if ratings else 0.0


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _page(period: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assistant report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1000px; color: #222; padding: 0 1rem; }}
h1 {{ margin-bottom: 0; }} .period {{ color: #666; margin-top: .2rem; }}
section {{ margin: 2rem 0; }} h2 {{ border-bottom: 1px solid #ddd; padding-bottom: .2rem; }}
table {{ border-collapse: collapse; margin: .8rem 0; font-size: .9rem; }}
th, td {{ border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }}
th {{ background: #f4f4f4; }} img {{ max-width: 100%; }}
.tiles {{ display: flex; flex-wrap: wrap; gap: .8rem; }}
.tile {{ border: 1px solid #ddd; border-radius: 6px; padding: .6rem 1rem; min-width: 8rem; }}
.tile b {{ display: block; font-size: 1.5rem; }} .tile span {{ color: #666; font-size: .85rem; }}
nav {{ margin-top: 1rem; font-size: .9rem; }}
</style></head>
<body><h1>Assistant report</h1><p class="period">{html.escape(period)} · questions and answers appear
pseudonymized, as stored</p>
{body}
</body></html>
"""
