"""The PNG of ``imitate eval``: length histograms of real and generated posts side by side, and a bar
chart of the figures that lie between 0 and 1 (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np


def plot_quality(
    path: Path,
    title: str,
    real_lengths: Sequence[int],
    generated_lengths: Sequence[int],
    bars: dict[str, tuple[float, float | None]],
) -> Path:
    """Write the figure to ``path``. ``bars`` maps a label to (generated value, real value or None)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5), dpi=100)
    try:
        top = max([*real_lengths, *generated_lengths, 1])
        edges = np.arange(0, top + 2, max(1, (top + 1) // 25))
        left.hist(
            [list(real_lengths), list(generated_lengths)],
            bins=edges,
            density=True,
            label=["real (held out)", "generated"],
            color=["#4c72b0", "#dd8452"],
        )
        left.set(title="Words per post", xlabel="words", ylabel="share of posts")
        left.legend()

        labels = list(bars)
        y = np.arange(len(labels))
        gen = [bars[k][0] for k in labels]
        real = [bars[k][1] if bars[k][1] is not None else np.nan for k in labels]
        right.barh(y - 0.2, real, height=0.4, label="real (or chance)", color="#4c72b0")
        right.barh(y + 0.2, gen, height=0.4, label="generated", color="#dd8452")
        right.set_yticks(y, labels)
        right.invert_yaxis()
        right.set(title="Figures", xlim=(0, 1))
        right.legend(loc="lower right")
        fig.suptitle(title)
        fig.tight_layout()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png")
    finally:
        plt.close(fig)
    return path
