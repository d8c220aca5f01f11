"""The job system: the queue (:mod:`~bot.jobs.store`), the worker that runs jobs, and the steps it runs.

It imports no discord: the bot hands the worker a ``notify`` callback for progress messages, so a
worker can run on a host with no Discord connection at all (``imitate worker``).
"""
