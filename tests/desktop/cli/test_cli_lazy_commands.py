"""The CLI imports only the module of the command it was given: every CLI start (and every CLI child process of
the test suite) used to import all command modules, with reportlab, openpyxl and the services behind them."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import COMMAND_MODULES, COMMANDS, build_parser, command_of


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_commands_table_names_every_registered_command() -> None:
    """COMMANDS lists exactly the commands the modules register, each under the module that registers it."""
    full = _subcommands(build_parser())
    assert list(full) == list(COMMANDS)  # also the order of the help
    for name in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        importlib.import_module(f"desktop.cli.{name}").register(subparsers)
        assert {command for command, module in COMMANDS.items() if module == name} == set(subparsers.choices)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_parser_for_one_command_gives_the_same_help(command: str) -> None:
    """The parser built for one command shows that command exactly as the full parser does."""
    lazy = _subcommands(build_parser([command]))
    assert list(lazy) == [name for name, module in COMMANDS.items() if module == COMMANDS[command]]
    assert lazy[command].format_help() == _subcommands(build_parser())[command].format_help()


def test_command_of_skips_global_options() -> None:
    assert command_of(["--data-dir", "x", "--database", "sqlite:///y", "office", "show"]) == "office"
    assert command_of(["--data-dir=x", "krs", "import", "a.xlsx"]) == "krs"
    assert command_of(["--version"]) is None
    assert command_of([]) is None
    assert command_of(["--data-dir"]) is None  # the value is missing: the real parser says so


def test_unknown_command_still_lists_every_command() -> None:
    """A mistyped command is refused with the list of all commands (all modules are registered then)."""
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "offce"], capture_output=True, text=True, cwd=Path(__file__).parents[3]
    )
    assert result.returncode == 2
    for command in ("office", "krs", "meeting", "export"):
        assert command in result.stderr


def test_version_and_office_show_import_little(tmp_path: Path) -> None:
    """``--version`` imports no SQLAlchemy; ``office show`` none of the other commands' modules or reportlab."""
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "names = set(sys.modules)\n"
        "print('LOADED', ' '.join(sorted(n for n in names if n.startswith(('desktop.cli.', 'sqlalchemy', "
        "'reportlab', 'openpyxl')) and n.count('.') <= 2)))\n"
    )

    def loaded(*arguments: str) -> set[str]:
        out = subprocess.run(
            [sys.executable, "-c", code, *arguments], capture_output=True, text=True, check=True
        ).stdout
        line = next(line for line in out.splitlines() if line.startswith("LOADED"))
        return set(line.split()[1:])

    version = loaded("--version")
    assert not {name for name in version if name.startswith("sqlalchemy")}
    assert {name for name in version if name.endswith("_commands")} <= {"desktop.cli.gui_commands"}
    office = loaded("--data-dir", str(tmp_path / "data"), "office", "show", "--json")
    assert "desktop.cli.office_commands" in office and "sqlalchemy" in office
    assert not {name for name in office if name.startswith(("reportlab", "openpyxl"))}
    assert {name for name in office if name.endswith("_commands")} == {
        "desktop.cli.office_commands",
        "desktop.cli.letterhead_commands",
    }
