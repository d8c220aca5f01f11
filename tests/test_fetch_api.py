"""`imitate fetch HANDLE` through the X API v2: tweepy's Client against recorded-shape JSON (no network).

The account and every post here are made up.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from imitate.cli import main
from imitate.config import Config, FetchConfig
from tests.conftest import written
from trainer.fetch import fetch
from trainer.posts import Post, read_posts
from trainer.sources.api import FetchError, make_client

HANDLE = "minidiscplus"
USER_ID = "1500000000000000001"
USER_URL = f"https://api.twitter.com/2/users/by/username/{HANDLE}"
TIMELINE_URL = f"https://api.twitter.com/2/users/{USER_ID}/tweets"
TOKEN = "AAAAtest-bearer-token-do-not-log"
NEWEST = 1_700_000_000_000_004_000  # id of the newest made-up post; older posts have smaller ids

LONG_TEXT = ("My dream is a shelf of minidiscs sorted by colour, then by mood, then by the weather on the day "
             "I bought them. " * 4).strip()  # fmt: skip
EMOJI_RTL = "Recording day 🎛️🎶 — שלום עולם — مرحبا بالعالم ✨"


def user_body() -> dict:
    return {"data": {"id": USER_ID, "name": "Mini Disc Plus", "username": HANDLE}}


def made_up_tweet(post_id: int) -> dict:
    """A v2 tweet object with the fields we ask for; every 10th a retweet, every 7th a reply."""
    n = NEWEST - post_id
    tweet: dict = {
        "id": str(post_id),
        "edit_history_tweet_ids": [str(post_id)],
        "created_at": f"2023-02-{1 + n % 28:02d}T12:{n % 60:02d}:11.000Z",
        "text": f"post number {n} about tape decks and long walks",
    }
    if n % 10 == 3:
        tweet["text"] = f"RT @tapefriend: a friend's post {n}"
        tweet["referenced_tweets"] = [{"type": "retweeted", "id": str(post_id + 10**12)}]
    elif n % 7 == 5:
        tweet["text"] = f"@tapefriend yes, reply {n}"
        tweet["in_reply_to_user_id"] = "1400000000000000009"
        tweet["referenced_tweets"] = [{"type": "replied_to", "id": str(post_id + 10**12)}]
    elif n == 1:
        tweet["text"] = LONG_TEXT[:270] + "… https://t.co/aBcDeFgHiJ"
        tweet["note_tweet"] = {"text": LONG_TEXT}
    elif n == 2:
        tweet["text"] = EMOJI_RTL
    return tweet


class FakeTimeline:
    """Serves ``count`` posts newest first, ``max_results`` a page, honouring since_id; records requests."""

    def __init__(self, count: int, newest: int = NEWEST) -> None:
        self.ids = [newest - i for i in range(count)]
        self.requests: list[dict[str, str]] = []
        self.fail_on_page: int | None = None

    def __call__(self, request: requests.PreparedRequest) -> tuple[int, dict, str]:
        params = {k: v[0] for k, v in parse_qs(urlparse(request.url).query).items()}
        self.requests.append(params)
        if self.fail_on_page is not None and len(self.requests) == self.fail_on_page:
            reset = int(time.time()) + 600
            return 429, {"x-rate-limit-reset": str(reset)}, json.dumps({"title": "Too Many Requests", "status": 429})
        ids = [i for i in self.ids if "since_id" not in params or i > int(params["since_id"])]
        start = int(params.get("pagination_token", "0") or 0)
        size = int(params["max_results"])
        page = ids[start : start + size]
        meta: dict = {"result_count": len(page)}
        if page:
            meta.update(newest_id=str(page[0]), oldest_id=str(page[-1]))
        if start + size < len(ids):
            meta["next_token"] = str(start + size)
        body: dict = {"meta": meta}
        if page:
            body["data"] = [made_up_tweet(i) for i in page]
        return 200, {}, json.dumps(body)


@pytest.fixture
def token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    monkeypatch.delenv("TWITTER_BEARER_TOKEN", raising=False)
    return TOKEN


@pytest.fixture
def api():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def x_api_calls(api: responses.RequestsMock) -> list:
    """The calls made to the X API (not any other library's background request)."""
    return [c for c in api.calls if c.request.url.startswith(USER_URL.split("/2/")[0])]


@pytest.fixture(autouse=True)
def no_sleeping(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rate limit must be reported, never slept through."""

    def refuse(seconds: float) -> None:
        raise AssertionError(f"slept {seconds}s")

    monkeypatch.setattr("tweepy.client.time.sleep", refuse)


def config(tmp_path: Path, **fetch_settings) -> Config:
    return Config(data_dir=tmp_path / "data", fetch=FetchConfig(**fetch_settings))


def serve(api: responses.RequestsMock, timeline: FakeTimeline) -> None:
    api.add(responses.GET, USER_URL, json=user_body())
    api.add_callback(responses.GET, TIMELINE_URL, callback=timeline)


def test_pages_through_3200_posts(tmp_path, token, api, caplog):
    caplog.set_level(logging.DEBUG)
    timeline = FakeTimeline(3300)  # more than the API serves: max_posts stops at 3,200
    serve(api, timeline)
    cfg = config(tmp_path)

    result = fetch(cfg, HANDLE)

    assert len(timeline.requests) == 32
    assert all(r["max_results"] == "100" for r in timeline.requests)
    assert set(timeline.requests[0]["tweet.fields"].split(",")) >= {
        "created_at", "referenced_tweets", "in_reply_to_user_id", "note_tweet"}  # fmt: skip
    assert "pagination_token" not in timeline.requests[0]
    assert timeline.requests[1]["pagination_token"] == "100"
    assert (result.handle, result.read, result.added, result.total) == (HANDLE, 3200, 3200, 3200)
    assert result.path == cfg.data_dir / "tweets" / f"{HANDLE}.jsonl"
    posts = read_posts(result.path)
    assert len(posts) == 3200 == len({p.id for p in posts})
    assert sum(p.is_retweet for p in posts) == 320  # kept, so that they can be counted
    assert all(p.source == "api" for p in posts)
    assert x_api_calls(api)[0].request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in caplog.text
    assert "3200 posts read from X API, 3200 new" in result.summary()


def test_post_fields_note_tweet_emoji_and_rtl(tmp_path, token, api):
    serve(api, FakeTimeline(12))
    result = fetch(config(tmp_path), "@MiniDiscPlus")
    by_id = {p.id: p for p in read_posts(result.path)}

    assert by_id[str(NEWEST - 1)].text == LONG_TEXT  # the note's full text, not the cut one
    assert by_id[str(NEWEST - 2)].text == EMOJI_RTL
    assert EMOJI_RTL in result.path.read_text(encoding="utf-8")  # stored as UTF-8, not \u escapes
    assert by_id[str(NEWEST - 3)] == Post(
        str(NEWEST - 3), "2023-02-04T12:03:11+00:00", "RT @tapefriend: a friend's post 3", True, False, "api"
    )
    assert by_id[str(NEWEST - 5)].is_reply and not by_id[str(NEWEST - 5)].is_retweet
    assert not by_id[str(NEWEST)].is_reply


def test_page_size_and_max_posts_from_config(tmp_path, token, api):
    timeline = FakeTimeline(100)
    serve(api, timeline)
    result = fetch(config(tmp_path, max_posts=25, page_size=10), HANDLE)
    assert [r["max_results"] for r in timeline.requests] == ["10", "10", "5"]
    assert result.read == 25


def test_refetch_asks_only_for_newer_posts_and_merges(tmp_path, token, api):
    cfg = config(tmp_path)
    serve(api, FakeTimeline(150))
    first = fetch(cfg, HANDLE)
    assert (first.added, first.total) == (150, 150)

    api.reset()
    newer = FakeTimeline(153, newest=NEWEST + 3)
    serve(api, newer)
    second = fetch(cfg, HANDLE)

    assert newer.requests[0]["since_id"] == str(NEWEST)
    assert (second.read, second.added, second.total) == (3, 3, 153)
    ids = [p.id for p in read_posts(second.path)]
    assert ids == sorted(ids, key=int) and ids[-1] == str(NEWEST + 3)


def test_nothing_new_writes_nothing(tmp_path, token, api):
    cfg = config(tmp_path)
    serve(api, FakeTimeline(5))
    path = fetch(cfg, HANDLE).path
    before = path.read_bytes()
    result = fetch(cfg, HANDLE)  # the fake serves nothing newer than the stored newest id
    assert (result.read, result.added, result.total) == (0, 0, 5)
    assert path.read_bytes() == before


# --- error paths: one line, nothing written ---------------------------------------------------------


def user_error(status: int, body: dict, headers: dict | None = None):
    def add(api: responses.RequestsMock) -> None:
        api.add(responses.GET, USER_URL, status=status, json=body, headers=headers or {})

    return add


def timeline_error(status: int, body: dict):
    def add(api: responses.RequestsMock) -> None:
        api.add(responses.GET, USER_URL, json=user_body())
        api.add(responses.GET, TIMELINE_URL, status=status, json=body)

    return add


def user_raises(exc: Exception):
    def add(api: responses.RequestsMock) -> None:
        api.add(responses.GET, USER_URL, body=exc)

    return add


FREE_TIER_453 = {"errors": [{"message": "You currently have access to a subset of X API V2 endpoints and limited "
                             "v1.1 endpoints (e.g. media post, oauth) only. If you need access to this endpoint, "
                             "you may need a different access level. You can learn more here: "
                             "https://developer.x.com/en/portal/product", "code": 453}]}  # fmt: skip
UNKNOWN = {"errors": [{"value": "nobody_here_42", "detail": "Could not find user with username: [nobody_here_42].",
                       "title": "Not Found Error", "resource_type": "user", "parameter": "username",
                       "resource_id": "nobody_here_42",
                       "type": "https://api.twitter.com/2/problems/resource-not-found"}]}  # fmt: skip
SUSPENDED = {"errors": [{"value": HANDLE, "detail": f"User has been suspended: [{HANDLE}].", "title": "Forbidden",
                         "resource_type": "user", "parameter": "username", "resource_id": HANDLE,
                         "type": "https://api.twitter.com/2/problems/resource-not-found"}]}  # fmt: skip
PROTECTED = {"errors": [{"resource_type": "user", "parameter": "id", "resource_id": USER_ID, "title":
                         "Authorization Error", "value": USER_ID, "detail": f"Sorry, you are not authorized to see "
                         f"the user with id: [{USER_ID}].",
                         "type": "https://api.twitter.com/2/problems/not-authorized-for-resource"}]}  # fmt: skip


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (
            user_error(401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}),
            "rejected the bearer token (401",
        ),
        (timeline_error(403, FREE_TIER_453), "access level of this token does not allow reading timelines"),
        (
            user_error(403, {"title": "Forbidden", "status": 403, "detail": "This app is not allowed\nhere."}),
            "refused access to the account @minidiscplus (403 Forbidden): This app is not allowed here.",
        ),
        (user_error(200, UNKNOWN), "no X account named @minidiscplus"),
        (user_error(200, SUSPENDED), "@minidiscplus is suspended"),
        (timeline_error(200, PROTECTED), "posts of @minidiscplus are protected"),
        (user_error(429, {"title": "Too Many Requests", "status": 429}), "try again in 15 minutes"),
        (user_error(503, {"title": "Service Unavailable"}), "the X API failed (503"),
        (user_raises(requests.ConnectionError("Name or service not known")), "cannot reach the X API"),
        (user_raises(requests.ReadTimeout("read timed out")), "did not answer in time"),
    ],
    ids=["401", "403-453", "403", "unknown", "suspended", "protected", "429", "503", "network", "timeout"],
)
def test_api_errors_are_one_line_and_write_nothing(tmp_path, token, api, setup, expected):
    setup(api)
    cfg = config(tmp_path)
    with pytest.raises(FetchError) as caught:
        fetch(cfg, HANDLE)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message
    assert TOKEN not in message
    assert not (cfg.data_dir / "tweets").exists()


def test_rate_limit_says_when_it_resets(tmp_path, token, api):
    reset = int(time.time()) + 600
    user_error(429, {"title": "Too Many Requests"}, {"x-rate-limit-reset": str(reset)})(api)
    with pytest.raises(FetchError) as caught:
        fetch(config(tmp_path), HANDLE)
    local = time.strftime("%H:%M", time.localtime(reset))
    assert f"resets at {local}" in str(caught.value)
    assert "(in 10 minutes)" in str(caught.value)


def test_failure_mid_pagination_leaves_the_store_untouched(tmp_path, token, api):
    cfg = config(tmp_path)
    serve(api, FakeTimeline(3))
    path = fetch(cfg, HANDLE).path
    before = path.read_bytes()

    api.reset()
    timeline = FakeTimeline(1000, newest=NEWEST + 1000)
    timeline.fail_on_page = 4
    serve(api, timeline)
    with pytest.raises(FetchError, match="rate limit"):
        fetch(cfg, HANDLE)
    assert path.read_bytes() == before
    assert written(path.parent) == [path.name]  # no temporary file left behind


def test_no_token(tmp_path, monkeypatch, api):
    for name in ("X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    cfg = config(tmp_path)
    with pytest.raises(FetchError, match="no X API bearer token: set X_BEARER_TOKEN"):
        fetch(cfg, HANDLE)
    assert not api.calls
    assert not cfg.data_dir.exists()


def test_twitter_bearer_token_also_works(tmp_path, monkeypatch, api):
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.setenv("TWITTER_BEARER_TOKEN", "older-name-token")
    serve(api, FakeTimeline(3))
    assert fetch(config(tmp_path), HANDLE).read == 3
    assert x_api_calls(api)[0].request.headers["Authorization"] == "Bearer older-name-token"


def test_client_has_a_timeout_and_never_waits_on_rate_limits():
    client = make_client("t", 7.5)
    assert client.session.timeout == 7.5
    assert client.wait_on_rate_limit is False


def test_cli_error_is_one_line_exit_1(tmp_path, monkeypatch, capsys):
    for name in ("X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN", "IMITATE_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    code = main(["--data-dir", str(tmp_path / "data"), "fetch", HANDLE])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith("imitate fetch: error: no X API bearer token")
    assert not (tmp_path / "data").exists()
