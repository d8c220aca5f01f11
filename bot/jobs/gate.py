"""The quality gate of a retrain: a new model replaces the serving one only if it is no worse.

:func:`refusal` compares two model folders by the held-out perplexity their training wrote
measured by the job's gate step on the same held-out posts (``imitate eval``'s fit figure, written to
``stats.json``'s ``gate``), else by the ``val_perplexity`` their trainings wrote. A refused model is
kept aside in ``models/.candidates/`` (:func:`keep_candidate`).
"""

from __future__ import annotations

import logging
import math
import shutil
from pathlib import Path

from imitate import modelfolder

logger = logging.getLogger(__name__)


def fit(folder: Path) -> float | None:
    """The folder's held-out perplexity (lower is better), or None when it has none."""
    value = modelfolder.read_stats(folder).get("val_perplexity")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def measured_on_the_same_posts(candidate: Path) -> tuple[float, float] | None:
    """(new, serving) held-out perplexity that the job's gate step measured on the same posts (``imitate
    eval``'s fit figure, :func:`export.evaluate.compare_fit`), or None when it could not."""
    figures = modelfolder.read_stats(candidate).get("gate")
    try:
        new, old = float(figures["perplexity"]), float(figures["serving_perplexity"])  # type: ignore[index]
    except (TypeError, KeyError, ValueError):
        return None
    return (new, old) if math.isfinite(new) and math.isfinite(old) else None


def refusal(candidate: Path, serving: Path, tolerance: float) -> str | None:
    """Why ``candidate`` must not replace ``serving`` (a sentence starting "refused"), or None.

    The figure is the gate step's: both models scored on the new model's held-out posts. Without it
    (too few held-out posts) the two trainings' own validation perplexities are compared. Nothing
    serving, or a serving model without a figure: nothing to be worse than, accepted. A candidate
    without a figure, while the serving model has one, cannot show it is no worse: refused."""
    same = measured_on_the_same_posts(candidate) if modelfolder.has_weights(serving) else None
    if same is not None:
        if same[0] > same[1] * (1 + tolerance):
            return (
                f"refused: held-out perplexity {same[0]:.2f} is worse than the serving model's {same[1]:.2f} "
                f"on the same posts (tolerance {tolerance:.0%})"
            )
        return None
    old = fit(serving) if modelfolder.has_weights(serving) else None
    if old is None:
        return None
    new = fit(candidate)
    if new is None:
        return f"refused: the new model has no validation perplexity to compare with the serving {old:.2f}"
    if new > old * (1 + tolerance):
        return (
            f"refused: validation perplexity {new:.2f} is worse than the serving model's {old:.2f} "
            f"(tolerance {tolerance:.0%})"
        )
    return None


def keep_candidate(staging: Path, data_dir: Path) -> Path:
    """Move a refused staging folder to ``models/.candidates/<its name>`` (replacing an older one there)."""
    target = modelfolder.models_dir(data_dir) / modelfolder.CANDIDATES_DIR / staging.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)  # the same file system: staging lives under models/ too
    logger.info("kept the refused model in %s", target)
    return target
