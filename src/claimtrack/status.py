"""Exit codes, in one place. They follow linters: 0 fine, 1 findings or failed input, 2 usage."""

from __future__ import annotations

from enum import IntEnum

from .errors import ClaimtrackError, UsageError


class ExitStatus(IntEnum):
    OK = 0
    """Everything asked for was done."""
    FAILED = 1
    """Some input could not be used (a file failed), or `check` found what --fail-on names."""
    USAGE = 2
    """The command line, a manifest, a config or the store cannot be used as given."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C (128 + SIGINT, as shells report it); what was stored is whole."""


def exit_status_for(error: ClaimtrackError) -> ExitStatus:
    """The exit code for an error that stops a whole command."""
    return ExitStatus.USAGE if isinstance(error, UsageError) else ExitStatus.FAILED
