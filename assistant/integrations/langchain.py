"""The retriever as a LangChain `BaseRetriever`, for one principal: it finds only what that principal may read.

    retriever = AssistantRetriever(retriever=runtime.chat.retriever, principal=runtime.principal("ann@example.com"))
    docs = retriever.invoke("How many days may I work from home?")

Guardrails are not part of retrieval: a chain that sends these documents to a model outside this assistant
takes on the pseudonymization the ChatService does at its model boundary.
"""

from __future__ import annotations

from pydantic import ConfigDict, Field

from assistant.errors import MissingDependencyError
from assistant.retrieval import NO_FILTERS, Principal, RetrievalFilters, RetrievalQuery, RetrievedChunk, Retriever

try:
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever
except ImportError:
    raise MissingDependencyError("the LangChain adapter needs langchain-core: pip install langchain-core") from None


class AssistantRetriever(BaseRetriever):
    """Hybrid search with the principal's access and the filters applied inside the query."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Retriever = Field(description="The assistant's retriever (e.g. `Runtime.chat.retriever`).")
    principal: Principal = Field(description="Who asks: only documents they may read come back.")
    filters: RetrievalFilters = Field(NO_FILTERS, description="Metadata filters applied inside the search.")
    k: int | None = Field(None, ge=1, le=50, description="Documents returned; None: the configured top_k.")
    neighbours: bool = Field(False, description="Add the chunks around each hit (same section) after the hits.")
    remote_model: bool = Field(False, description="The documents go to a remote model: leave local-only sources out.")

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        wanted = RetrievalQuery(text=query, principal=self.principal, limit=self.k, filters=self.filters,
                                remote_model=self.remote_model)
        chunks = self.retriever.retrieve(wanted)
        if self.neighbours:
            chunks = self.retriever.expand(wanted, chunks)
        return [to_document(c) for c in chunks]


def to_document(chunk: RetrievedChunk) -> Document:
    return Document(
        page_content=chunk.text,
        id=f"{chunk.doc_id}#{chunk.chunk_index}",
        metadata={"doc_id": chunk.doc_id, "chunk_index": chunk.chunk_index, "title": chunk.title,
                  "section": chunk.section, "uri": chunk.uri, "source": chunk.source, "score": chunk.score,
                  "neighbour": chunk.neighbour_of is not None},
    )
