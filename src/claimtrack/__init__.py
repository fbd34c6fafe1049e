"""claimtrack: attributed claims from German news, stored and reconciled by topic."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import ClaimtrackError  # noqa: E402
from .models import Article, Claim, Content, Cue, DateMention, Quantity, Speaker  # noqa: E402

__all__ = ["Article", "Claim", "ClaimtrackError", "Content", "Cue", "DateMention", "Quantity", "Speaker",
           "__version__"]
