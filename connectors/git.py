"""Files on one branch of a git repository, synced from commit to commit.

The repository (a local path or any URL git can fetch) is mirrored into a bare
cache repository with the `git` command; each run fetches the branch and
compares the new tip with the commit the checkpoint names.
"""

from __future__ import annotations

import mimetypes
import os
import re
import subprocess
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from pydantic import Field

from connectors.base import (
    Access,
    Checkpoint,
    CheckpointMark,
    Connector,
    ConnectorFailure,
    Deletion,
    Document,
    SlimListing,
    SourceItem,
    mark_gap,
)
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    SourceUnavailableError,
)

# Binary, yet documents the parser reads; every other binary file is code's baggage (images, archives).
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".pptx", ".xlsx"})
# The window git itself inspects to call a file binary.
SNIFF_BYTES = 8000
GIT_TIMEOUT_S = 600
_AUTH_ERRORS = re.compile(
    r"authentication failed|permission denied \(|could not read (username|password)|terminal prompts disabled",
    re.IGNORECASE,
)
_SHA = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


class GitCheckpoint(Checkpoint):
    commit: str = Field("", description="The commit synced last.")
    paths: list[str] = Field(
        default_factory=list,
        description="Paths delivered at that commit (as documents or failures). When the commit is gone "
        "after a force-push, deletions are found against this list.",
    )
    target: str = Field(
        "", description="Set in a mark: the commit an unfinished run was moving to from `commit`.",
    )
    done: str = Field(
        "", description="Set in a mark: the changed paths up to this one (in sorted order) are synced at "
        "`target`, and `paths` already says which of them were delivered.",
    )


@dataclass(frozen=True)
class _Entry:
    path: str
    blob: str
    size: int


class GitConnector(Connector, SlimListing):
    """Every regular file on `branch` that passes `include` / `exclude`.

    Globs follow fnmatch, where `*` also crosses `/`; a pattern without a `/`
    is matched against the file name alone, so `*.md` means markdown anywhere.
    `web_url` is a template for citation links with `{commit}`, `{path}` and
    `{branch}`, e.g. `https://git.example/repo/blob/{commit}/{path}`.

    Changed paths are synced in sorted order; every few of them a `CheckpointMark` names the commit
    being synced to and the last path done, so a killed sync goes on from there.
    """

    kind = "git"
    checkpoint_model = GitCheckpoint

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        repo: str,
        branch: str = "main",
        include: Iterable[str] = (),
        exclude: Iterable[str] = (),
        max_bytes: int = 5_000_000,
        web_url: str = "",
        cache_dir: str | Path | None = None,
    ) -> None:
        super().__init__(name)
        repo = repo.strip()
        if not repo or repo.startswith("-"):
            raise ConnectorConfigError(f"source {name!r}: 'repo' must be a path or URL of a git repository")
        if max_bytes < 1:
            raise ConnectorConfigError(f"source {name!r}: max_bytes must be at least 1")
        self.access = access or Access()
        self.repo = repo if _is_remote(repo) else str(Path(repo).expanduser().resolve())
        self.shown_repo = re.sub(r"://[^/@\s]+@", "://", self.repo)  # no credentials in links or errors
        self.branch = branch
        # A lone pattern from a config file arrives as a string, which list() would split into letters.
        self.include = [include] if isinstance(include, str) else list(include)
        self.exclude = [exclude] if isinstance(exclude, str) else list(exclude)
        self.max_bytes = max_bytes
        self.web_url = web_url
        self.cache = Path(cache_dir).expanduser() if cache_dir else _default_cache(name)
        self._ref = f"refs/remotes/source/{branch}"
        if _run_git(["check-ref-format", f"refs/heads/{branch}"], cwd=None).returncode != 0:
            raise ConnectorConfigError(f"source {name!r}: {branch!r} is not a valid branch name")
        if web_url:
            try:
                web_url.format(commit="c", path="p", branch="b")
            except (KeyError, IndexError, ValueError):
                raise ConnectorConfigError(
                    f"source {name!r}: web_url may only use {{commit}}, {{path}} and {{branch}}"
                ) from None

    def doc_id(self, path: str) -> str:
        return f"{self.name}:{path}"

    # -- git plumbing ------------------------------------------------------------------------

    def _git(self, *args: str, check: bool = False) -> subprocess.CompletedProcess[bytes]:
        """Run git in the cache; with `check`, a failure there means the cache is unusable."""
        try:
            proc = _run_git(list(args), cwd=self.cache)
        except subprocess.TimeoutExpired:
            raise SourceUnavailableError(f"git {args[0]} on {self.shown_repo} took over {GIT_TIMEOUT_S} s") from None
        if check and proc.returncode != 0:
            raise SourceUnavailableError(f"git {args[0]} failed in the cache {self.cache}: {_fatal(proc.stderr)}")
        return proc

    def _fetch(self) -> str:
        """Bring the branch into the cache; returns its tip commit."""
        if not (self.cache / "HEAD").exists():
            self.cache.mkdir(parents=True, exist_ok=True)
            self._git("init", "--bare", "--quiet", check=True)
        # Forced, so a force-pushed branch replaces the cached one.
        proc = self._git("fetch", "--no-tags", "--force", "--quiet", "--", self.repo, f"+refs/heads/{self.branch}:{self._ref}")
        if proc.returncode != 0:
            reason = _fatal(proc.stderr).replace(self.repo, self.shown_repo)
            if "couldn't find remote ref" in reason:
                raise ConnectorConfigError(f"branch {self.branch!r} does not exist in {self.shown_repo}")
            if _AUTH_ERRORS.search(reason):
                raise ConnectorAuthError(f"{self.shown_repo} refused the credentials: {reason}")
            raise SourceUnavailableError(f"cannot fetch {self.shown_repo}: {reason}")
        return self._git("rev-parse", "--verify", f"{self._ref}^{{commit}}", check=True).stdout.decode().strip()

    def _has_commit(self, sha: str) -> bool:
        return bool(_SHA.fullmatch(sha)) and self._git("cat-file", "-e", f"{sha}^{{commit}}").returncode == 0

    def _tree(self, commit: str) -> dict[str, _Entry]:
        """The regular files at `commit` that the globs select (no symlinks, no submodules)."""
        out = self._git("ls-tree", "-r", "-l", "-z", "--full-tree", commit, check=True).stdout
        tree: dict[str, _Entry] = {}
        for record in out.split(b"\0"):
            if not record:
                continue
            meta, _, raw_path = record.partition(b"\t")
            mode, kind, blob, size = meta.decode().split()
            path = raw_path.decode("utf-8", "replace")
            if kind == "blob" and mode in ("100644", "100755") and self._selected(path):
                tree[path] = _Entry(path, blob, int(size))
        return tree

    def _changed(self, old: str, new: str) -> set[str]:
        """Every path a change between the commits touches, both names of a rename included."""
        out = self._git("diff-tree", "-r", "-z", "-M", "--name-status", old, new, check=True).stdout
        fields = [f.decode("utf-8", "replace") for f in out.split(b"\0") if f]
        paths: set[str] = set()
        i = 0
        while i < len(fields):
            status = fields[i]
            names = 2 if status[:1] in ("R", "C") else 1
            paths.update(fields[i + 1 : i + 1 + names])
            i += 1 + names
        return paths

    def _commit_time(self, commit: str) -> datetime:
        stamp = self._git("show", "-s", "--format=%ct", commit, check=True).stdout.decode().strip()
        return datetime.fromtimestamp(int(stamp), tz=UTC)

    def _looks_binary(self, blob: str) -> bool:
        """Sniff the start of a blob without reading all of it: it may be gigabytes."""
        with subprocess.Popen(["git", "cat-file", "blob", blob], cwd=self.cache, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL) as proc:
            head = proc.stdout.read(SNIFF_BYTES)
            proc.kill()
        return b"\0" in head

    def _selected(self, path: str) -> bool:
        if self.include and not any(_glob(path, p) for p in self.include):
            return False
        return not any(_glob(path, p) for p in self.exclude)

    # -- the connector ----------------------------------------------------------------------

    def list_ids(self) -> Iterator[str]:
        # Binary files that load skips are listed too: a superset only spares documents from pruning.
        for path in sorted(self._tree(self._fetch())):
            yield self.doc_id(path)

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        cp = checkpoint if isinstance(checkpoint, GitCheckpoint) else GitCheckpoint()
        tip = self._fetch()
        if tip == cp.commit and not cp.target:
            return cp
        tree = self._tree(tip)
        previous = set(cp.paths)
        candidates = self._candidates(cp.commit, tip, tree, previous)
        done, marks = "", True
        if cp.target == tip:
            done = cp.done  # a mark of a run to this same commit: go on after it
        elif cp.target:
            # The branch moved on after a run stopped half-way: what it synced is at `target`, the rest
            # at `commit`. A mark cannot name two base commits, so this run yields none.
            candidates |= self._candidates(cp.target, tip, tree, previous)
            marks = False
        order = sorted(candidates)
        # Paths synced before the mark keep what the mark said of them.
        delivered = (previous - candidates) | {p for p in order if p <= done and p in previous}
        when = self._commit_time(tip)
        unmarked = 0
        with _blob_reader(self.cache) as read_blob:
            for n, path in enumerate(order):
                if path <= done:
                    continue
                entry = tree.get(path)
                item = self._item(entry, tip, when, read_blob) if entry else None
                if item is not None:
                    delivered.add(path)
                    yield item
                elif path in previous:
                    yield Deletion(id=self.doc_id(path))
                else:
                    continue
                unmarked += 1
                if marks and unmarked >= mark_gap(len(order) + len(previous)) and n + 1 < len(order):
                    unmarked = 0
                    # Paths still to come keep what the previous checkpoint said, so their deletions are found.
                    rest = previous.intersection(order[n + 1:])
                    yield CheckpointMark(checkpoint=GitCheckpoint(
                        commit=cp.commit, paths=sorted(delivered | rest), target=tip, done=path,
                    ))
        return GitCheckpoint(commit=tip, paths=sorted(delivered))

    def _candidates(self, old: str, new: str, tree: dict[str, _Entry], previous: set[str]) -> set[str]:
        """The paths whose document may differ between the two commits."""
        if old and self._has_commit(old):
            return self._changed(old, new)
        # A first run, or the old commit is gone (force-push, a fresh cache): compare
        # the whole tree with what the checkpoint says was delivered.
        return set(tree) | previous

    def _item(
        self, entry: _Entry, commit: str, when: datetime, read_blob: Callable[[str], bytes | None]
    ) -> SourceItem | None:
        """A document, a failure, or None for a binary file no parser reads."""
        doc_id = self.doc_id(entry.path)
        is_document_format = PurePosixPath(entry.path).suffix.lower() in DOCUMENT_SUFFIXES
        if entry.size > self.max_bytes:
            if not is_document_format and self._looks_binary(entry.blob):
                return None
            return ConnectorFailure(
                id=doc_id, reason=f"file is {entry.size:,} bytes, over the limit of {self.max_bytes:,}"
            )
        content = read_blob(entry.blob)
        if content is None:
            return ConnectorFailure(id=doc_id, reason=f"git object {entry.blob} is missing from the cache")
        binary = b"\0" in content[:SNIFF_BYTES]
        if binary and not is_document_format:
            return None
        name = PurePosixPath(entry.path).name
        stem = PurePosixPath(name).stem.replace("-", " ").replace("_", " ").strip()
        return Document(
            id=doc_id,
            source=self.name,
            title=stem or name,
            uri=self._uri(commit, entry.path),
            content=content,
            mime_type=mimetypes.guess_type(name)[0] or ("application/octet-stream" if binary else "text/plain"),
            filename=name,
            modified=when,
            access=self.access,
            metadata={"path": entry.path, "commit": commit, "branch": self.branch},
        )

    def _uri(self, commit: str, path: str) -> str:
        if self.web_url:
            return self.web_url.format(commit=commit, path=quote(path), branch=quote(self.branch))
        return f"git+{self.shown_repo}@{commit}:{path}"


@contextmanager
def _blob_reader(cache: Path) -> Iterator[Callable[[str], bytes | None]]:
    """One `git cat-file --batch` process for all the blobs of a run, instead of a process per file."""
    proc = subprocess.Popen(["git", "cat-file", "--batch"], cwd=cache, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdin is not None and proc.stdout is not None
    stdin, stdout = proc.stdin, proc.stdout

    def read(blob: str) -> bytes | None:
        stdin.write(blob.encode() + b"\n")
        stdin.flush()
        header = stdout.readline().split()
        if not header:
            raise SourceUnavailableError(f"git cat-file stopped while reading the cache {cache}")
        if len(header) != 3:  # "<sha> missing"
            return None
        content = stdout.read(int(header[2]))
        stdout.read(1)  # the newline after each object
        return content

    try:
        yield read
    finally:
        stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        stdout.close()


def _run_git(args: list[str], cwd: Path | None) -> subprocess.CompletedProcess[bytes]:
    # English messages, which _fatal's callers read; and no prompt, which would hang a sync nobody watches.
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
    try:
        return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, check=False,
                              stdin=subprocess.DEVNULL, timeout=GIT_TIMEOUT_S)
    except FileNotFoundError:
        raise ConnectorConfigError("the git command is not installed") from None


def _is_remote(repo: str) -> bool:
    # URLs and scp-like "user@host:path"; anything else is a local path.
    return "://" in repo or bool(re.match(r"^[\w.-]+@[\w.-]+:", repo))


def _default_cache(name: str) -> Path:
    return Path(tempfile.gettempdir()) / "assistant-git" / re.sub(r"[^\w.-]", "_", name)


def _glob(path: str, pattern: str) -> bool:
    if pattern.endswith("/"):
        pattern += "*"
    if "/" not in pattern:
        return fnmatchcase(PurePosixPath(path).name, pattern)
    if fnmatchcase(path, pattern):
        return True
    # "**/" may also stand for no folder at all: docs/**/*.md selects docs/a.md.
    return "**/" in pattern and _glob(path, pattern.replace("**/", "", 1))


def _fatal(stderr: bytes) -> str:
    """Git's first 'fatal:'/'error:' line, which names the cause; the rest is advice."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    for line in lines:
        for prefix in ("fatal: ", "error: "):
            if line.startswith(prefix):
                return line[len(prefix):]
    return lines[0] if lines else "git failed without a message"

