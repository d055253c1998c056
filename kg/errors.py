"""The errors a command reports to its user as one line, with the exit status each one means."""
from __future__ import annotations


class KgError(Exception):
    """The work could not be done (exit status 1); the message names the path and the reason."""

    exit_code = 1


class UsageError(KgError):
    """The command line asks for something impossible (exit status 2), e.g. `--out` names a file."""

    exit_code = 2
