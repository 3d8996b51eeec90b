"""presslens: read news the way a careful analyst does, and show the work.

>>> import presslens
>>> analysis = presslens.analyze("Moscow said on Tuesday that ...")
>>> [(m.text, m.actor_ids) for m in analysis.mentions]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from presslens.model import Analysis
    from presslens.pipeline import analyze, analyze_many

__all__ = ["Analysis", "__version__", "analyze", "analyze_many"]


def __getattr__(name: str) -> Any:
    # The pipeline pulls in spaCy: import it only when it is used.
    if name in ("analyze", "analyze_many"):
        from presslens import pipeline

        return getattr(pipeline, name)
    if name == "Analysis":
        from presslens.model import Analysis

        return Analysis
    raise AttributeError(name)
