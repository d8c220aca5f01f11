"""The bundled sample archive for ``imitate demo``: a fictional small-town bakery, @sunnydale_bakes.

``tweets.js`` and ``account.js`` are in the official X archive format (``window.YTD.tweets.part0 =
[...]``); ``make_demo_archive.py`` writes them (deterministic, seeded). All posts and accounts are
fictional and were written for this project.
"""

from __future__ import annotations

from pathlib import Path

DEMO_HANDLE = "sunnydale_bakes"


def demo_archive_path() -> Path:
    """The folder holding the sample archive's ``tweets.js`` and ``account.js``."""
    return Path(__file__).resolve().parent


def demo_tweets_path() -> Path:
    """The sample archive's ``tweets.js`` itself."""
    return demo_archive_path() / "tweets.js"
