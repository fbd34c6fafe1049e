"""The error catalogue: every failure a user can cause, with a message that says what to do.

One hierarchy (`ClaimtrackError`); `status.exit_status_for` maps it to exit codes in one
place, so the CLI never prints a traceback for a user mistake.
"""

from __future__ import annotations


class ClaimtrackError(Exception):
    """Base of every error claimtrack reports to a user."""

    code = "E000"

    def __str__(self) -> str:
        return f"{self.args[0]}" if self.args else self.__class__.__name__


class UsageError(ClaimtrackError):
    """The command line asks for something impossible (a missing path, a bad option)."""

    code = "E001"


class ManifestError(UsageError):
    """The manifest CSV cannot be used."""

    code = "E002"


class ConfigError(UsageError):
    """claimtrack.toml or [tool.claimtrack] is invalid."""

    code = "E003"


class ModelError(UsageError):
    """The spaCy pipeline named by --model cannot be loaded."""

    code = "E004"


class ArticleError(ClaimtrackError):
    """One article cannot be read: empty, binary, undecodable. The others still go in."""

    code = "E101"


class StoreError(ClaimtrackError):
    """The store cannot be opened or written: locked, corrupt, newer schema."""

    code = "E201"
