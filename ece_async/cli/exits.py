"""The exit codes every command shares, and the one line on stderr that explains a failure.

0 success (also nothing to do, said on stderr); 1 the API answered an error
(status, ECE error code and message); 2 bad usage, an installation that cannot
be reached, or an answer that is not the ECE API; 74 the output could not be written (sysexits ``EX_IOERR``);
130 interrupted (Ctrl-C).  Messages come from the library's errors, which
already mask credentials in URLs and bodies.
"""

from __future__ import annotations

EXIT_OK = 0
#: Nothing to do (a fleet selection that matched no deployment) is success, said on stderr: a
#: re-run from cron once everything is done must not page anyone (kubectl's "No resources
#: found", git's "Already up to date" and apt's "0 upgraded" exit 0 as well).
EXIT_NOTHING_TO_DO = EXIT_OK
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 74
EXIT_INTERRUPTED = 130


def exit_code(error: BaseException) -> int:
    """1 for an error the API answered, 2 for everything that is not an ECE answer.

    An error status whose body is a page but no ECE error document (a proxy's 502, a web
    server's 404 at the wrong URL) was not answered by the ECE API: the library kept an
    excerpt of it, and no codes.
    """
    from ..errors import APIError

    if isinstance(error, APIError) and not (error.excerpt and not error.codes and not error.errors):
        return EXIT_API_ERROR
    return EXIT_USAGE


def describe(error: BaseException) -> str:
    """One line: ``404 deployments.deployment_not_found: The Deployment ... cannot be found``.

    The server's words with their control characters escaped: a message cannot add lines to
    the log or send escape sequences to the terminal.
    """
    from .output import visible

    return visible(_explain(error))


def _explain(error: BaseException) -> str:
    from ..errors import APIError, ECEError

    if isinstance(error, APIError):
        codes = ", ".join(error.codes)
        messages = [d.message for d in error.errors if d.message] or [error.message]
        head = f"{error.status} {codes}".strip() if error.status else codes
        return f"{head}: {'; '.join(messages)}" if head else "; ".join(messages)
    if isinstance(error, ECEError):
        return str(error).splitlines()[0] if str(error) else type(error).__name__
    return f"{type(error).__name__}: {error}".splitlines()[0]
