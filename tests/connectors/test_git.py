"""The git connector against real repositories made in temporary folders."""

from __future__ import annotations

import itertools
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from connectors import Access, ConnectorFailure, Deletion
from connectors.errors import ConnectorConfigError, SourceUnavailableError
from connectors.git import GitCheckpoint, GitConnector
from tests.contract import check_contract, check_marks, drain

PDF = b"%PDF-1.4\n\x00\x01binary body\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


class Repo:
    """A source repository; every commit gets its own fixed time, one hour after the last."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._hours = itertools.count()
        path.mkdir(parents=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        stamp = f"2024-03-01T{next(self._hours) % 24:02d}:00:00+00:00" if args[0] == "commit" else ""
        env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp} if stamp else None
        return subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
                              cwd=self.path, env=env, check=True, capture_output=True, text=True).stdout.strip()

    def write(self, path: str, content: str | bytes) -> None:
        target = self.path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode() if isinstance(content, str) else content)

    def commit(self, message: str = "change") -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.head()

    def head(self) -> str:
        return self.git("rev-parse", "HEAD")

    def commit_time(self) -> datetime:
        return datetime.fromtimestamp(int(self.git("show", "-s", "--format=%ct", "HEAD")), tz=UTC)


@pytest.fixture
def repo(tmp_path) -> Repo:
    r = Repo(tmp_path / "src")
    r.write("README.md", "# Handbook\nwelcome")
    r.write("docs/vpn-setup.txt", "connect with the client")
    r.write("docs/guide.pdf", PDF)
    r.write("img/logo.png", PNG)
    r.write("c.md", "see also")
    os.symlink("README.md", r.path / "link.md")
    r.commit("first")
    return r


def connector(repo: Repo, tmp_path: Path, cache: str = "cache", **options) -> GitConnector:
    return GitConnector("wiki", repo=str(repo.path), cache_dir=tmp_path / cache, **options)


def test_first_sync_yields_every_text_file_and_document_format(repo, tmp_path):
    access = Access(groups=frozenset({"engineering"}))
    run = check_contract(connector(repo, tmp_path, access=access))
    head = repo.head()
    assert run.ids() == ["wiki:README.md", "wiki:c.md", "wiki:docs/guide.pdf", "wiki:docs/vpn-setup.txt"]
    assert run.failures == [] and run.deletions == []
    docs = {d.id: d for d in run.documents}
    readme, pdf, txt = docs["wiki:README.md"], docs["wiki:docs/guide.pdf"], docs["wiki:docs/vpn-setup.txt"]
    assert readme.content == b"# Handbook\nwelcome" and readme.title == "README" and readme.filename == "README.md"
    assert (pdf.content, pdf.mime_type, pdf.title) == (PDF, "application/pdf", "guide")
    assert txt.title == "vpn setup" and txt.mime_type == "text/plain"
    assert readme.uri == f"git+{repo.path}@{head}:README.md"
    assert readme.metadata == {"path": "README.md", "commit": head, "branch": "main"}
    assert readme.modified == repo.commit_time() and readme.access == access
    assert run.checkpoint == GitCheckpoint(commit=head, paths=["README.md", "c.md", "docs/guide.pdf",
                                                               "docs/vpn-setup.txt"])


def test_incremental_sync_follows_adds_edits_deletes_and_renames(repo, tmp_path):
    conn = connector(repo, tmp_path)
    cp = GitCheckpoint.model_validate_json(drain(conn).checkpoint.model_dump_json())
    assert drain(conn, cp).items == []

    repo.write("README.md", "# Handbook\nwelcome, revised")
    repo.git("rm", "-q", "docs/vpn-setup.txt")
    repo.git("mv", "c.md", "notes-c.md")
    repo.write("new.txt", "fresh")
    repo.write("img/other.png", PNG)
    repo.commit()
    run = check_contract(conn, cp)
    assert run.ids(Deletion) == ["wiki:c.md", "wiki:docs/vpn-setup.txt"]
    assert run.ids() == ["wiki:README.md", "wiki:new.txt", "wiki:notes-c.md"]
    assert run.documents[0].content.endswith(b"revised")
    assert run.checkpoint.paths == ["README.md", "docs/guide.pdf", "new.txt", "notes-c.md"]
    assert drain(conn, run.checkpoint).items == []
    assert list(conn.list_ids()) == ["wiki:README.md", "wiki:docs/guide.pdf", "wiki:img/logo.png",
                                     "wiki:img/other.png", "wiki:new.txt", "wiki:notes-c.md"]


@pytest.mark.parametrize("same_cache", [True, False], ids=["cache-keeps-old-commit", "old-commit-gone"])
def test_a_force_push_is_followed(repo, tmp_path, same_cache):
    repo.write("doomed.md", "only in the rewritten commit")
    repo.commit("to be rewritten")
    cp = drain(connector(repo, tmp_path)).checkpoint
    assert "doomed.md" in cp.paths

    repo.git("reset", "-q", "--hard", "HEAD~1")
    repo.write("c.md", "see also, rewritten")
    repo.commit("rewritten history")
    conn = connector(repo, tmp_path, cache="cache" if same_cache else "fresh-cache")
    run = check_contract(conn, cp)
    assert conn._has_commit(cp.commit) is same_cache
    assert run.ids(Deletion) == ["wiki:doomed.md"]
    changed = ["wiki:c.md"] if same_cache else [
        "wiki:README.md", "wiki:c.md", "wiki:docs/guide.pdf", "wiki:docs/vpn-setup.txt"]
    assert run.ids() == changed
    assert run.checkpoint == GitCheckpoint(commit=repo.head(), paths=["README.md", "c.md", "docs/guide.pdf",
                                                                      "docs/vpn-setup.txt"])


def test_include_and_exclude_globs(repo, tmp_path):
    repo.write("docs/private/salaries.md", "secret")
    repo.write("docs/deep/er/page.md", "deep")
    repo.commit()
    conn = connector(repo, tmp_path, include=["*.md", "docs/**/*.txt"], exclude=["docs/private/"])
    assert drain(conn).ids() == ["wiki:README.md", "wiki:c.md", "wiki:docs/deep/er/page.md",
                                 "wiki:docs/vpn-setup.txt"]
    assert list(conn.list_ids()) == drain(conn).ids()
    assert drain(connector(repo, tmp_path, include="docs/*.txt")).ids() == ["wiki:docs/vpn-setup.txt"]


def test_files_over_the_limit_fail_unless_binary_baggage(repo, tmp_path):
    repo.write("big.txt", "x" * 300)
    repo.write("big.pdf", PDF + b"y" * 300)
    repo.write("big.bin", b"\x00" * 300)
    repo.commit()
    run = drain(connector(repo, tmp_path, max_bytes=200))
    assert run.ids(ConnectorFailure) == ["wiki:big.pdf", "wiki:big.txt"]
    assert "over the limit of 200" in run.failures[0].reason
    assert "wiki:big.bin" not in run.ids() and "wiki:README.md" in run.ids()


def test_a_file_that_turns_binary_is_deleted(repo, tmp_path):
    conn = connector(repo, tmp_path)
    cp = drain(conn).checkpoint
    repo.write("c.md", b"now\x00binary")
    repo.commit()
    run = drain(conn, cp)
    assert run.items == [Deletion(id="wiki:c.md")] and "c.md" not in run.checkpoint.paths


def test_web_url_template_makes_citation_links(repo, tmp_path):
    conn = connector(repo, tmp_path, web_url="https://git.example/wiki/blob/{commit}/{path}")
    doc = next(d for d in drain(conn).documents if d.id == "wiki:docs/vpn-setup.txt")
    assert doc.uri == f"https://git.example/wiki/blob/{repo.head()}/docs/vpn-setup.txt"


def test_an_interrupted_sync_resumes_from_the_previous_checkpoint(repo, tmp_path):
    conn = connector(repo, tmp_path)
    cp = drain(conn).checkpoint
    repo.write("README.md", "edited")
    repo.write("z.md", "added")
    repo.git("rm", "-q", "c.md")
    repo.commit()

    gen = conn.load(cp)
    partial = [next(gen), next(gen)]
    gen.close()
    assert [i.id for i in partial] == ["wiki:README.md", "wiki:c.md"]

    run = check_contract(conn, cp)
    assert run.ids(Deletion) == ["wiki:c.md"] and run.ids() == ["wiki:README.md", "wiki:z.md"]


def test_an_unknown_branch_is_a_configuration_error(repo, tmp_path):
    with pytest.raises(ConnectorConfigError, match="branch 'release' does not exist"):
        drain(connector(repo, tmp_path, branch="release"))
    with pytest.raises(ConnectorConfigError, match="not a valid branch name"):
        connector(repo, tmp_path, branch="bad..name")


def test_a_missing_repository_is_unavailable(tmp_path):
    conn = GitConnector("wiki", repo=str(tmp_path / "nowhere"), cache_dir=tmp_path / "cache")
    with pytest.raises(SourceUnavailableError, match="does not appear to be a git repository") as err:
        drain(conn)
    assert "\n" not in str(err.value)


def test_credentials_in_the_repository_url_never_show(tmp_path):
    conn = GitConnector("wiki", repo="https://bot:s3cret-token@127.0.0.1:9/wiki.git", cache_dir=tmp_path / "c")
    with pytest.raises(SourceUnavailableError) as err:
        drain(conn)
    assert "s3cret-token" not in str(err.value) and "127.0.0.1:9/wiki.git" in str(err.value)
    assert conn._uri("abc", "a.md") == "git+https://127.0.0.1:9/wiki.git@abc:a.md"


def test_marks_on_a_first_and_an_incremental_run_resume_without_loss_or_repeat(tmp_path):
    repo = Repo(tmp_path / "big")
    for i in range(25):
        repo.write(f"page-{i:02d}.md", f"page {i}")
    repo.write("page-05.png", PNG)  # skipped, between marks
    repo.commit()
    conn = connector(repo, tmp_path)
    first = check_marks(conn)
    assert [at for at, _ in first.marks] == [10, 20]
    mark = first.marks[0][1]
    assert (mark.commit, mark.target, mark.done) == ("", repo.head(), "page-09.md") and len(mark.paths) == 10

    for i in range(0, 25, 2):
        repo.write(f"page-{i:02d}.md", f"page {i}, edited")
    for i in range(1, 25, 4):
        repo.git("rm", "-q", f"page-{i:02d}.md")
    repo.commit()
    later = check_marks(conn, first.checkpoint)
    assert later.marks and len(later.deletions) == 6


def test_a_run_stopped_at_a_mark_catches_up_when_the_branch_moved_on(tmp_path):
    repo = Repo(tmp_path / "moving")
    for i in range(25):
        repo.write(f"page-{i:02d}.md", f"page {i}")
    repo.commit()
    conn = connector(repo, tmp_path)
    base = drain(conn).checkpoint
    for i in range(25):
        repo.write(f"page-{i:02d}.md", f"page {i}, second")
    repo.commit()
    _, mark = drain(conn, base).marks[0]  # the run stopped here: pages 00-09 hold the second version
    repo.write("page-03.md", "page 3")  # back to the first version: no change from base to the new tip
    repo.git("rm", "-q", "page-04.md")
    repo.write("page-20.md", "page 20, third")
    repo.commit()
    resumed = check_contract(conn, mark)
    assert resumed.marks == [], "a mark cannot name both base commits"
    want = {f"page-{i:02d}.md": f"page {i}, second".encode() for i in range(25) if i != 4}
    want["page-03.md"], want["page-20.md"] = b"page 3", b"page 20, third"
    index = {f"page-{i:02d}.md": f"page {i}".encode() for i in range(25)}
    index.update({f"page-{i:02d}.md": f"page {i}, second".encode() for i in range(10)})  # what the mark covered
    index.update({d.metadata["path"]: d.content for d in resumed.documents})
    for gone in resumed.ids(Deletion):
        index.pop(gone.removeprefix("wiki:"))
    assert index == want
    assert resumed.checkpoint == drain(connector(repo, tmp_path, cache="fresh")).checkpoint
