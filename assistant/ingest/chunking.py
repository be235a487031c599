"""Token-aware, heading-aware chunking with the embedding model's tokenizer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.ingest.clean import clean
from assistant.ingest.parsing import Section
from assistant.settings import ChunkingSettings


@dataclass(frozen=True)
class Chunk:
    index: int
    text: str
    section: str  # "Heading > Subheading", or "" before any heading

    def embedding_text(self, title: str) -> str:
        """What the embedder sees: the chunk with where it sits, so a terse chunk still says its topic."""
        head = " > ".join(p for p in (title, self.section) if p)
        return f"{head}\n{self.text}" if head else self.text


class Chunker:
    """Cuts each section on its own, so a chunk never straddles two headings; small
    neighbouring sections under the same top heading are packed together."""

    def __init__(self, settings: ChunkingSettings, count_tokens: Callable[[str], int]) -> None:
        self.settings = settings
        self.count_tokens = count_tokens
        self.splitter = RecursiveCharacterTextSplitter(
            chunk_size=settings.chunk_tokens,
            chunk_overlap=min(settings.overlap_tokens, settings.chunk_tokens // 2),
            length_function=count_tokens,
            separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
            keep_separator="end",
        )

    def chunk(self, sections: Sequence[Section]) -> list[Chunk]:
        pieces: list[tuple[str, str]] = []
        for group_label, texts in self._groups(sections):
            for text in self.splitter.split_text("\n\n".join(texts)):
                text = text.strip()
                if text:
                    pieces.append((group_label, text))
        return [Chunk(index=i, text=text, section=label) for i, (label, text) in enumerate(pieces)]

    def _groups(self, sections: Sequence[Section]) -> list[tuple[str, list[str]]]:
        groups: list[tuple[str, list[str]]] = []
        budget = self.settings.chunk_tokens
        current: tuple[str, list[str]] | None = None
        current_top: tuple[str, ...] = ()
        used = 0
        for section in sections:
            text = clean(section.text)
            if not text:
                continue
            label = " > ".join(section.heading_path)
            top = section.heading_path[:1]
            tokens = self.count_tokens(text)
            if current and top == current_top and used + tokens <= budget:
                current[1].append(f"{section.heading_path[-1]}\n{text}" if section.heading_path else text)
                used += tokens
                continue
            current = (label, [text])
            current_top, used = top, tokens
            groups.append(current)
        return groups
