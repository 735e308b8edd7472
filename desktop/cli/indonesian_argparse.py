"""An ``argparse`` parser that speaks Bahasa Indonesia: usage, help, and its own error messages.

``argparse`` looks its texts up through the module-level ``_`` and ``ngettext`` functions (bound to
``gettext.gettext``, i.e. the process-wide ``messages`` domain, so a translation for an ``argparse`` domain would
never be consulted). :class:`IndonesianArgumentParser` swaps those two names for a dictionary lookup while one of
its own methods runs, and puts the originals back afterwards, so other parsers in the process (pytest's, for one)
keep speaking English. Sub-parsers are created with the parent's class, so the whole command tree is covered.
"""

from __future__ import annotations

import argparse
import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn

from desktop.domain.i18n import N_, _

# argparse's message ids (Python 3.11 to 3.14) and their Indonesian texts. The placeholders must stay as they are.
# Messages only a programming error can raise (a wrong add_argument call) stay English: see DEVELOPER_MESSAGES.
MESSAGES: dict[str, str] = {
    "usage: ": N_("penggunaan: "),
    "options": N_("opsi"),
    "positional arguments": N_("argumen"),
    "subcommands": N_("sub-perintah"),
    "show this help message and exit": N_("tampilkan bantuan ini lalu keluar"),
    "%(prog)s: error: %(message)s\n": N_("%(prog)s: galat: %(message)s\n"),
    "the following arguments are required: %s": N_("argumen berikut wajib diisi: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_("pilihan tidak sah: %(value)r (pilih dari %(choices)s)"),
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": N_(
        "pilihan tidak sah: %(value)r, mungkin maksudnya %(closest)r? (pilih dari %(choices)s)"
    ),
    "unrecognized arguments: %s": N_("argumen tidak dikenal: %s"),
    "argument %(argument_name)s: %(message)s": N_("argumen %(argument_name)s: %(message)s"),
    "expected one argument": N_("perlu satu nilai"),
    "expected at least one argument": N_("perlu sedikitnya satu nilai"),
    "expected at most one argument": N_("paling banyak satu nilai"),
    "invalid %(type)s value: %(value)r": N_("nilai tidak sah: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": N_("opsi %(option)s tidak jelas, bisa berarti %(matches)s"),
    "not allowed with argument %s": N_("tidak boleh bersama argumen %s"),
    "one of the arguments %s is required": N_("salah satu argumen ini wajib diisi: %s"),
    "ignored explicit argument %r": N_("nilai %r diabaikan"),
    "can't open '%(filename)s': %(error)s": N_("berkas '%(filename)s' tidak dapat dibuka: %(error)s"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": N_(
        "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)"
    ),
    "unexpected option string: %s": N_("opsi tidak terduga: %s"),
    "option '%(option)s' is ambiguous; could match %(matches)s": N_(
        "opsi '%(option)s' tidak jelas, bisa berarti %(matches)s"
    ),
    "argument '%(argument_name)s' is deprecated": N_("argumen '%(argument_name)s' sudah usang"),
    "command '%(parser_name)s' is deprecated": N_("perintah '%(parser_name)s' sudah usang"),
}
PLURAL_MESSAGES: dict[str, str] = {
    "expected %s argument": N_("perlu %s nilai"),
    "expected %s arguments": N_("perlu %s nilai"),
}
# Raised while the parser is built, by a mistake in our code, never by what a user types.
DEVELOPER_MESSAGES = frozenset(
    {
        "'required' is an invalid argument for positionals",
        "%r is not callable",
        ".__call__() not defined",
        'argument "-" with mode %r',
        "cannot have multiple subparser arguments",
        "cannot merge actions - two groups are named %r",
        "conflicting subparser alias: %s",
        "conflicting subparser: %s",
        "dest= is required for options like %r",
        "invalid conflict_resolution value: %r",
        "mutually exclusive arguments must be optional",
        "conflicting option string: %s",
        "conflicting option strings: %s",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    }
)
VERSION_HELP = N_("tampilkan versi program lalu keluar")

_lock = threading.RLock()
_depth = 0


def translate(message: str) -> str:
    """One argparse message in the interface language (the message itself when unknown).

    The Indonesian text of :data:`MESSAGES` is the catalogue's source; with the interface in English its
    translation is argparse's own English again.
    """
    known = MESSAGES.get(message)
    return _(known) if known is not None else message


def translate_plural(singular: str, plural: str, count: int) -> str:
    """One argparse message with a count, in the interface language."""
    chosen = singular if count == 1 else plural
    known = PLURAL_MESSAGES.get(chosen)
    return _(known) if known is not None else chosen


@contextlib.contextmanager
def indonesian_messages() -> Iterator[None]:
    """Makes argparse look its texts up in Indonesian inside the block (re-entrant)."""
    global _depth
    with _lock:
        original: tuple[Callable[..., str], Callable[..., str]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
        if _depth == 0:
            argparse._ = translate  # type: ignore[attr-defined]
            argparse.ngettext = translate_plural  # type: ignore[attr-defined]
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
            if _depth == 0:
                argparse._, argparse.ngettext = original  # type: ignore[attr-defined]


class IndonesianArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage, help and errors are in Bahasa Indonesia; exits 2 on bad input."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with indonesian_messages():
            super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """As ``ArgumentParser.add_argument``; ``--version`` gets an Indonesian help text."""
        if kwargs.get("action") == "version":
            kwargs.setdefault("help", _(VERSION_HELP))
        with indonesian_messages():
            return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        """As ``ArgumentParser.add_subparsers``, with Indonesian group titles."""
        with indonesian_messages():
            return super().add_subparsers(**kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """As ``ArgumentParser.parse_args``; "unrecognized arguments" is reported here, outside parse_known_args."""
        with indonesian_messages():
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """As ``ArgumentParser.parse_known_args``; messages printed meanwhile are Indonesian."""
        with indonesian_messages():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        """The usage line, beginning with ``penggunaan:``."""
        with indonesian_messages():
            return super().format_usage()

    def format_help(self) -> str:
        """The help text with Indonesian headings."""
        with indonesian_messages():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        """Prints the usage and ``PROG: galat: MESSAGE`` to stderr, then exits with code 2."""
        with indonesian_messages():
            super().error(message)
