"""Download an account's timeline through the X API v2 (tweepy's ``Client``, app-only bearer token).

The token comes from the environment (``X_BEARER_TOKEN``, else ``TWITTER_BEARER_TOKEN``) and is never
logged. Every failure is a ``FetchError`` with a one-line message; nothing is returned half-done, so the
caller writes nothing. Rate limits are reported, never waited out.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import requests
import tweepy
from tqdm import tqdm

from imitate.config import FetchConfig
from imitate.errors import UserError
from imitate.wording import count
from trainer.posts import Post
from trainer.sources._text import is_retweet_text, iso_utc

logger = logging.getLogger(__name__)

TOKEN_VARIABLES = ("X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN")
TWEET_FIELDS = ["created_at", "referenced_tweets", "in_reply_to_user_id", "note_tweet"]
API_HOST = "api.twitter.com"


class FetchError(UserError, RuntimeError):
    """The X API could not deliver the posts: one line for the user."""


class _TimeoutSession(requests.Session):
    """A requests session that never waits forever (tweepy passes no timeout)."""

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self.timeout = timeout

    def request(self, method: str, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)


def bearer_token() -> str:
    for name in TOKEN_VARIABLES:
        token = os.environ.get(name, "").strip()
        if token:
            return token
    raise FetchError(
        "no X API bearer token: set X_BEARER_TOKEN in the environment (or use --archive with your X archive, or --file)"
    )


def make_client(token: str, timeout: float) -> tweepy.Client:
    # tweepy logs request headers (the token among them) at DEBUG: keep its logger above that.
    tweepy_log = logging.getLogger("tweepy")
    if tweepy_log.getEffectiveLevel() < logging.INFO:
        tweepy_log.setLevel(logging.INFO)
    client = tweepy.Client(bearer_token=token, return_type=dict, wait_on_rate_limit=False)
    client.session = _TimeoutSession(timeout)
    return client


def fetch_timeline(
    handle: str,
    cfg: FetchConfig,
    *,
    since_id: str | None = None,
    client: tweepy.Client | None = None,
) -> list[Post]:
    """The account's latest posts (retweets and replies included), newest first, up to ``cfg.max_posts``.

    With ``since_id`` only posts newer than it. Raises FetchError for every API or network failure.
    """
    client = client or make_client(bearer_token(), cfg.timeout_seconds)
    user_id = _resolve_user(client, handle)
    posts: list[Post] = []
    token: str | None = None
    with tqdm(total=cfg.max_posts, unit="post", desc=f"@{handle}", disable=not sys.stderr.isatty()) as bar:
        while len(posts) < cfg.max_posts:
            remaining = cfg.max_posts - len(posts)
            page = _call(
                client.get_users_tweets,
                f"the posts of @{handle}",
                id=user_id,
                max_results=min(cfg.page_size, max(5, remaining)),
                pagination_token=token,
                since_id=since_id,
                tweet_fields=TWEET_FIELDS,
            )
            new = [_post(tweet) for tweet in page.get("data") or []][:remaining]
            if not new and page.get("errors"):
                raise FetchError(_errors_line(handle, page["errors"]))
            posts.extend(new)
            bar.update(len(new))
            if bar.disable:
                logger.info("@%s: %s so far", handle, count(len(posts), "post"))
            token = (page.get("meta") or {}).get("next_token")
            if not token or not new:
                break
    logger.info(
        "@%s: %s from the X API%s", handle, count(len(posts), "post"), f" newer than {since_id}" if since_id else ""
    )
    return posts


def _resolve_user(client: tweepy.Client, handle: str) -> str:
    reply = _call(client.get_user, f"the account @{handle}", username=handle)
    data = reply.get("data")
    if not data:
        raise FetchError(_errors_line(handle, reply.get("errors") or []))
    return str(data["id"])


def _post(tweet: dict) -> Post:
    note = tweet.get("note_tweet") or {}
    text = note.get("text") or tweet.get("text") or ""
    kinds = {ref.get("type") for ref in tweet.get("referenced_tweets") or []}
    return Post(
        id=str(tweet["id"]),
        created_at=iso_utc(tweet.get("created_at")) or "",
        text=text,
        is_retweet="retweeted" in kinds or is_retweet_text(text),
        is_reply="replied_to" in kinds or bool(tweet.get("in_reply_to_user_id")),
        source="api",
    )


# --- errors ----------------------------------------------------------------------------------------


def _call(method: Callable[..., Any], what: str, **params: Any) -> dict:
    """One API call; every failure becomes a FetchError with one line for the user."""
    try:
        return method(**params)
    except tweepy.errors.Unauthorized:
        raise FetchError("the X API rejected the bearer token (401 Unauthorized): check X_BEARER_TOKEN") from None
    except tweepy.errors.Forbidden as exc:
        raise FetchError(_forbidden_line(exc, what)) from None
    except tweepy.errors.TooManyRequests as exc:
        raise FetchError(_rate_limit_line(exc.reset_time)) from None
    except tweepy.errors.NotFound:
        raise FetchError(f"the X API found nothing for {what} (404 Not Found)") from None
    except tweepy.errors.TwitterServerError as exc:
        raise FetchError(f"the X API failed ({_status(exc)}); try again later") from None
    except tweepy.errors.HTTPException as exc:
        raise FetchError(f"the X API refused the request for {what} ({_status(exc)}): {_message(exc)}") from None
    except requests.Timeout:
        raise FetchError(f"the X API ({API_HOST}) did not answer in time; check the network and try again") from None
    except requests.ConnectionError:
        raise FetchError(f"cannot reach the X API ({API_HOST}): network failure; check the connection") from None
    except requests.RequestException as exc:
        raise FetchError(f"request to the X API failed: {type(exc).__name__}") from None


def _forbidden_line(exc: tweepy.errors.Forbidden, what: str) -> str:
    if 453 in exc.api_codes:
        return (
            "the X API access level of this token does not allow reading timelines (403, code 453): "
            "the Free tier cannot read posts; use a Basic or higher plan, or --archive with your X archive"
        )
    return f"the X API refused access to {what} (403 Forbidden): {_message(exc)}"


def _rate_limit_line(reset_time: int | None) -> str:
    if reset_time is None:
        return "the X API rate limit is reached (429 Too Many Requests); try again in 15 minutes"
    at = datetime.fromtimestamp(reset_time).astimezone()
    minutes = max(0, round((reset_time - time.time()) / 60))
    return (
        f"the X API rate limit is reached (429 Too Many Requests); it resets at "
        f"{at:%H:%M %Z} (in {minutes} minute{'s' if minutes != 1 else ''}); try again then"
    )


def _errors_line(handle: str, errors: list[dict]) -> str:
    """The message for a 200 reply that carries only ``errors`` (unknown, suspended, protected)."""
    first = errors[0] if errors else {}
    detail = str(first.get("detail") or first.get("message") or first.get("title") or "no data returned")
    kind = str(first.get("type", ""))
    if "suspended" in detail.lower():
        return f"the account @{handle} is suspended"
    if kind.endswith("/resource-not-found") or first.get("title") == "Not Found Error":
        return f"no X account named @{handle} (unknown or deactivated)"
    if kind.endswith("/not-authorized-for-resource"):
        return f"the posts of @{handle} are protected: the X API does not serve them"
    return f"the X API returned no data for @{handle}: {_one_line(detail)}"


def _status(exc: tweepy.errors.HTTPException) -> str:
    response = exc.response
    return f"{response.status_code} {getattr(response, 'reason', '')}".strip()


def _message(exc: tweepy.errors.HTTPException) -> str:
    return _one_line(exc.api_messages[0]) if exc.api_messages else _status(exc)


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
