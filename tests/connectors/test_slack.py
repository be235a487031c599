"""The Slack connector and directory against a fake Slack Web API on loopback."""

from __future__ import annotations

import time

import pytest

from assistant.ingest.sync import SyncEngine, SyncError
from connectors import Access, Deletion
from connectors.errors import ConnectorAuthError, ConnectorConfigError
from connectors.slack import SlackCheckpoint, SlackConnector, SlackDirectory
from tests.connectors.fakes.slack import FakeSlackWorkspace, day_ts
from tests.connectors.sync_engine import ledger as ledger_ids
from tests.connectors.sync_engine import stored as stored_checkpoint
from tests.connectors.sync_engine import sync_engine
from tests.contract import check_contract, check_marks, drain
from tests.slack.fake_slack import Workspace, slack_user

TOKEN = "xoxb-test-token"
BOT, ALICE, BOB, CAROL, GUEST = "U0BOT", "U0ALICE", "U0BOB", "U0CAROL", "U0GUEST"
GENERAL, FINANCE, RANDOM, HR = "C0GENERAL", "G0FINANCE", "C0RANDOM", "G0HR"
DAYS = 30
# The fake names a file after the ts of its message.
Q3_PDF = f"slack:{FINANCE}/file/F{day_ts(DAYS - 1, 10).replace('.', '')[-8:]}0"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def workspace() -> Workspace:
    return Workspace(
        team_id="T0001", bot_user_id=BOT, bot_token=TOKEN,
        users={
            ALICE: slack_user(ALICE, "alice", "alice@example.com"),
            BOB: slack_user(BOB, "bob", "Bob@Example.com"),
            CAROL: slack_user(CAROL, "carol", "carol@example.com"),
            GUEST: slack_user(GUEST, "guest", "guest@partner.example", is_restricted=True),
            "U0GONE": slack_user("U0GONE", "gone", "gone@example.com", deleted=True),
            "U0NOMAIL": slack_user("U0NOMAIL", "nomail", None),
            BOT: slack_user(BOT, "assistant", None, is_bot=True, bot_id="B0BOT"),
        },
        usergroups=[{"id": "S0FIN", "team_id": "T0001", "is_usergroup": True, "name": "Finance team",
                     "handle": "fin-team", "date_delete": 0, "user_count": 2, "users": [ALICE, CAROL]}],
    )


@pytest.fixture
def slack():
    with FakeSlackWorkspace(workspace()) as fake:
        fake.add_channel(GENERAL, "general", [ALICE, BOB, CAROL, GUEST, BOT])
        fake.add_channel(FINANCE, "finance", [ALICE, CAROL, BOT], private=True)
        fake.add_channel(RANDOM, "random", [ALICE, BOB])  # the bot is not in it
        fake.add_channel(HR, "hr", [CAROL], private=True)  # nor in this one
        # 30 days of #general, 9 messages a day: two pages of history at 200 a page.
        for day in range(DAYS):
            for n in range(9):
                fake.post(GENERAL, (ALICE, BOB, CAROL)[n % 3], f"day {day} message {n}", day_ts(day, 60 * n + 1))
        mrkdwn = "<@U0ALICE> see <#G0FINANCE|finance> and <https://wiki.example/q3|the Q3 page> &amp; <!here>"
        fake.post(GENERAL, BOB, mrkdwn, day_ts(DAYS - 1, 3000))
        fake.post(GENERAL, CAROL, "", day_ts(DAYS - 1, 3100), subtype="channel_join")
        fake.post(GENERAL, ALICE, "Where is the holiday policy?", day_ts(DAYS - 2, 4000))
        fake.reply(GENERAL, day_ts(DAYS - 2, 4000), BOB, "In the handbook.", day_ts(DAYS - 2, 4100))
        fake.reply(GENERAL, day_ts(DAYS - 2, 4000), CAROL, "Also on the wiki.", day_ts(DAYS - 2, 4200), broadcast=True)
        fake.post(FINANCE, ALICE, "Q3 numbers attached", day_ts(DAYS - 1, 10),
                  files=[("q3.pdf", PDF, "application/pdf"), ("chart.png", b"\x89PNG", "image/png")])
        fake.post(FINANCE, CAROL, "Thanks", day_ts(DAYS - 1, 20))
        yield fake


def connector(fake: FakeSlackWorkspace, **options) -> SlackConnector:
    options.setdefault("backoff_s", 0.01)
    return SlackConnector("slack", token=TOKEN, base_url=fake.api_url, **options)


def by_id(run) -> dict:
    return {d.id: d for d in run.documents}


def test_first_sync_reads_threads_days_and_files_with_channel_access(slack):
    run = check_marks(connector(slack))
    docs = by_id(run)
    general_days = {f"slack:{GENERAL}/day/2024-06-{d + 1:02d}" for d in range(DAYS)}
    thread = f"slack:{GENERAL}/thread/{day_ts(DAYS - 2, 4000)}"
    finance = {f"slack:{FINANCE}/day/2024-06-30", Q3_PDF}
    assert set(docs) == general_days | {thread} | finance, "no channel the bot is not in, no png"
    assert run.failures == [] and run.deletions == [] and len(run.marks) >= 3

    last_day = docs[f"slack:{GENERAL}/day/2024-06-30"]
    text = last_day.content.decode()
    assert "[2024-06-30 00:00 UTC] alice: day 29 message 0\n" in text
    assert "bob: @alice see #finance and the Q3 page (https://wiki.example/q3) & @here" in text
    assert "joined" not in text and "Also on the wiki" not in text, "no join message, no broadcast copy of a reply"
    assert last_day.title == "#general on 2024-06-30" and last_day.mime_type == "text/plain"
    assert last_day.uri == f"https://example.slack.com/archives/{GENERAL}/p{day_ts(DAYS - 1, 1).replace('.', '')}"

    assert docs[thread].content.decode() == (
        "[2024-06-29 01:06 UTC] alice: Where is the holiday policy?\n"
        "    [2024-06-29 01:08 UTC] bob: In the handbook.\n"
        "    [2024-06-29 01:10 UTC] carol: Also on the wiki.\n")
    assert docs[thread].title == "#general: Where is the holiday policy?"
    assert docs[thread].metadata == {"channel": GENERAL, "channel_name": "general", "thread_ts": day_ts(DAYS - 2, 4000)}

    workspace_only = Access(local_groups=frozenset({"slack-team:T0001"}))
    members = Access(local_users=frozenset({f"slack:{u}" for u in (ALICE, CAROL, BOT)}))
    assert all(d.access == (members if FINANCE in d.id else workspace_only) for d in run.documents)
    pdf = next(d for d in run.documents if "/file/" in d.id)
    assert (pdf.content, pdf.mime_type, pdf.filename, pdf.title) == (PDF, "application/pdf", "q3.pdf", "q3.pdf")
    pages = slack.calls_of("conversations.history", channel=GENERAL)
    assert [c.params.get("cursor") is not None for c in pages][:2] == [False, True], "page two asked by its cursor"


def test_public_flag_resolved_names_and_channel_selection(slack):
    run = check_contract(connector(slack, public_channels_public=True, channels=["#general", "nope"],
                                   resolve_names=False, include_files=False))
    assert {d.id.split("/")[0] for d in run.documents} == {f"slack:{GENERAL}"}
    assert all(d.access.public for d in run.documents)
    assert [f.id for f in run.failures] == ["slack:nope"] and "invite the bot" in run.failures[0].reason
    assert "U0BOB: @U0ALICE see" in by_id(run)[f"slack:{GENERAL}/day/2024-06-30"].content.decode()
    assert slack.calls_of("users.info") == []


def test_a_second_sync_finds_new_edited_and_deleted_messages_in_the_window(slack):
    sl = connector(slack, rescan_days=3)
    first = drain(sl)
    assert drain(sl, first.checkpoint).items == []
    # The window starts on the day three days before the newest message (2024-06-30): 2024-06-27.
    window = [c.params.get("oldest") for c in slack.calls_of("conversations.history", channel=GENERAL)][-1]
    assert window == str(int(day_ts(DAYS - 4).split(".")[0]))

    thread_ts = day_ts(DAYS - 2, 4000)
    slack.reply(GENERAL, thread_ts, ALICE, "Thanks!", day_ts(DAYS, 10))  # a new reply to a thread
    slack.post(GENERAL, BOB, "A new day", day_ts(DAYS, 20))  # a new day
    slack.edit(GENERAL, day_ts(DAYS - 3, 61), "day 27 message 1, edited", day_ts(DAYS, 30))
    slack.edit(GENERAL, day_ts(2, 61), "too old to be seen again", day_ts(DAYS, 40))
    for n in range(9):
        slack.delete(GENERAL, day_ts(DAYS - 4, 60 * n + 1))  # the whole of 2024-06-27
    slack.delete(FINANCE, day_ts(DAYS - 1, 10))  # the message with the files
    second = check_marks(sl, first.checkpoint)
    assert sorted(second.ids()) == sorted([
        f"slack:{GENERAL}/thread/{thread_ts}", f"slack:{GENERAL}/day/2024-07-01", f"slack:{GENERAL}/day/2024-06-28",
        f"slack:{FINANCE}/day/2024-06-30"])
    assert sorted(second.ids(Deletion)) == [f"slack:{GENERAL}/day/2024-06-27", Q3_PDF]
    docs = by_id(second)
    assert "    [2024-07-01 00:00 UTC] alice: Thanks!" in docs[f"slack:{GENERAL}/thread/{thread_ts}"].content.decode()
    assert "Q3 numbers" not in docs[f"slack:{FINANCE}/day/2024-06-30"].content.decode()
    assert drain(sl, second.checkpoint).items == []

    slack.delete(GENERAL, thread_ts)  # a parent with replies: Slack keeps a tombstone
    third = drain(sl, second.checkpoint)
    assert third.ids() == [f"slack:{GENERAL}/thread/{thread_ts}"]
    tombstone = third.documents[0].content.decode()
    assert tombstone.startswith("[2024-06-29 01:06 UTC] USLACKBOT: (this message was deleted)")


def test_a_membership_change_delivers_the_private_channel_again(slack):
    sl = connector(slack, rescan_days=1)
    first = drain(sl)
    slack.post(FINANCE, ALICE, "an old message", day_ts(0, 5))  # older than the window, delivered again below
    slack.ws.channels[FINANCE].remove(CAROL)
    second = check_marks(sl, first.checkpoint)
    assert sorted(second.ids()) == sorted([
        f"slack:{FINANCE}/day/2024-06-01", f"slack:{FINANCE}/day/2024-06-30", Q3_PDF])
    assert all(d.access.local_users == {f"slack:{ALICE}", f"slack:{BOT}"} for d in second.documents)
    assert drain(sl, second.checkpoint).items == []

    slack.ws.channels[FINANCE].remove(BOT)  # the bot left: the channel cannot be read, its documents go
    third = check_contract(sl, second.checkpoint)
    assert sorted(third.ids(Deletion)) == sorted(second.ids()) and third.documents == []
    assert FINANCE not in third.checkpoint.channels


def test_directory_maps_users_guests_and_user_groups(slack):
    directory = SlackDirectory("sldir", token=TOKEN, base_url=slack.api_url, backoff_s=0.01)
    snap = directory.load_directory()
    users = {u.email: u.local_ids for u in snap.users}
    assert users == {"alice@example.com": {"slack:U0ALICE"}, "bob@example.com": {"slack:U0BOB"},
                     "carol@example.com": {"slack:U0CAROL"}, "guest@partner.example": {"slack:U0GUEST"}}
    groups = {g.name: g for g in snap.groups}
    assert groups["slack:workspace-t0001"].local_ids == {"slack-team:T0001"}
    assert groups["slack:workspace-t0001"].users == {"alice@example.com", "bob@example.com", "carol@example.com"}
    assert groups["slack:fin-team"].users == {"alice@example.com", "carol@example.com"}
    assert groups["slack:fin-team"].local_ids == {"slack-usergroup:S0FIN"}

    slack.ws.usergroups[0]["users"] = [BOB]  # a group membership change
    assert {g.name: g.users for g in directory.load_directory().groups}["slack:fin-team"] == {"bob@example.com"}

    slack.refuse("usergroups.list", "missing_scope", needed="usergroups:read", provided="users:read")
    with pytest.raises(ConnectorAuthError, match="lacks the scope usergroups:read"):
        directory.load_directory()


def test_a_rate_limit_is_waited_out(slack):
    slack.rate_limit("conversations.history", times=1, retry_after=1)
    started = time.monotonic()
    run = drain(connector(slack))
    assert time.monotonic() - started >= 1 and len(run.documents) == 33
    assert [c.status for c in slack.calls_of("conversations.history")][:2] == [429, 200]


def test_malformed_messages_and_unfetchable_files_fail_alone(slack):
    slack.history[GENERAL].append({"type": "message", "user": ALICE, "text": "no ts"})
    slack.history[GENERAL].append({"type": "message", "user": ALICE, "text": 42, "ts": day_ts(5, 7)})
    message = slack.post(FINANCE, ALICE, "two links", day_ts(DAYS - 1, 30),
                         files=[("a.txt", b"a", "text/plain"), ("b.txt", b"b", "text/plain")])
    message["files"][0]["url_private_download"] = "https://files.evil.example/a.txt"
    message["files"][1]["size"] = 10**9
    run = check_contract(connector(slack))
    reasons = sorted((f.id.split("/", 1)[1], f.reason) for f in run.failures)
    assert reasons == [
        (f"file/{message['files'][0]['id']}", "the file's URL is not on Slack: not fetched with the token"),
        (f"file/{message['files'][1]['id']}", "file is 1,000,000,000 bytes, over the limit of 25,000,000"),
        (f"message/{day_ts(5, 7)}", "a message without a readable ts or text"),
        ("message/None", "a message without a readable ts or text"),
    ]
    assert len(run.documents) == 33


def test_bad_settings_and_refused_tokens(slack):
    with pytest.raises(ConnectorConfigError, match="bot token"):
        SlackConnector("slack", token="", base_url=slack.api_url)
    with pytest.raises(ConnectorConfigError, match="rescan_days"):
        SlackConnector("slack", token=TOKEN, base_url=slack.api_url, rescan_days=-1)
    with pytest.raises(ConnectorAuthError, match="invalid_auth.*options \\(token\\)"):
        drain(SlackConnector("slack", token="xoxb-wrong", base_url=slack.api_url))


# -- through the sync engine ---------------------------------------------------------------------------


@pytest.fixture
def engine(tmp_path, slack):
    return sync_engine(tmp_path, "slack", "slack",
                       {"token": TOKEN, "base_url": slack.api_url, "max_retries": 2, "backoff_s": 0.01})


def stored(engine: SyncEngine) -> SlackCheckpoint | None:
    return stored_checkpoint(engine, "slack", SlackCheckpoint)


def ledger(engine: SyncEngine) -> set[str]:
    return ledger_ids(engine, "slack")


def test_an_expired_token_stops_the_source_and_keeps_its_documents(engine, slack):
    assert engine.sync("slack").added == 33
    before, documents = stored(engine), ledger(engine)
    slack.expired.add(TOKEN)
    with pytest.raises(SyncError, match="Slack refused the bot token \\(token_expired\\); check the bot token"):
        engine.sync("slack")
    assert stored(engine) == before and ledger(engine) == documents


def test_a_server_that_keeps_failing_stops_at_the_last_complete_batch(engine, slack):
    slack.fail("conversations.history", times=10**6, status=503, after=2)  # #general's two pages, not #finance's
    with pytest.raises(SyncError, match="kept answering 503 after 3 attempts"):
        engine.sync("slack")
    mark = stored(engine)
    assert mark is not None and set(mark.channels) == {GENERAL}
    assert ledger(engine) == {f"slack:{GENERAL}/{k}" for k in mark.channels[GENERAL].docs}
    slack._failing.clear()
    resumed = engine.sync("slack")
    assert resumed.fetched == 2 and resumed.added == 2, "only #finance is fetched again"
