"""Request and response models shared by the routes (the OpenAPI document is built from them)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class CitationOut(BaseModel):
    number: int = Field(description="The [n] the answer cites it by.")
    doc_id: str
    title: str
    uri: str = Field(description="Where the document lives (URL or path).")
    sections: list[str] = Field(default_factory=list, description="Headings of the passages used.")


class SpanOut(BaseModel):
    start: int
    end: int
    label: str


class FindingOut(BaseModel):
    guard: str
    verdict: str = Field(description="allow, warn, transform or block.")
    risk: float = Field(ge=0, le=1)
    reason: str = ""
    spans: list[SpanOut] = Field(default_factory=list, description="What the finding is about, as offsets and labels.")


def citations_out(citations) -> list[CitationOut]:
    return [CitationOut(number=c.number, doc_id=c.doc_id, title=c.title, uri=c.uri, sections=list(c.sections))
            for c in citations]


def findings_out(findings) -> list[FindingOut]:
    return [FindingOut(guard=f.guard, verdict=f.verdict.value, risk=round(float(f.risk), 3), reason=f.reason,
                       spans=[SpanOut(start=s.start, end=s.end, label=s.label) for s in f.spans])
            for f in findings if f.verdict.value != "allow"]
