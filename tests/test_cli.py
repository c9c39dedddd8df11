"""The command line as a user meets it: version, help text, quiet libraries, and a README that matches."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from governance_nlp import __version__
from governance_nlp.cli import build_parser, command_table, main

ROOT = Path(__file__).resolve().parent.parent


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"governance-nlp {__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", __version__)


def test_every_argument_has_help_and_no_rst():
    parser = build_parser()
    texts = [parser.format_help()]
    action = next(a for a in parser._actions if a.dest == "command")
    for name, sub in action.choices.items():
        texts.append(sub.format_help())
        for arg in sub._actions:
            if arg.dest != "help":
                assert arg.help, f"{name} {arg.option_strings or arg.dest} has no help text"
    for text in texts:
        assert "``" not in text and ":func:" not in text and ":class:" not in text


def test_readme_command_table_is_generated_from_the_parser():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert command_table() in readme, ("README's command table differs from the parser; regenerate it with "
                                       "python -c 'from governance_nlp.cli import command_table; print(command_table())'")


def test_ci_runs_the_readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Set-up: two commands", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2, commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_lines = [line.strip() for line in ci.splitlines()]
    assert any(line.startswith(commands[0]) for line in ci_lines), commands[0]
    assert commands[1] in ci_lines, commands[1]
    assert "python3 -m venv" in ci and "--system-site-packages" not in ci


def test_pypdf_log_lines_are_quiet_unless_verbose(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf at all, just bytes " * 20)
    quiet = subprocess.run([sys.executable, "-m", "governance_nlp.cli", "extract", str(bad)],
                           capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert quiet.returncode == 1
    assert "not a readable PDF" in quiet.stderr
    assert "invalid pdf header" not in quiet.stderr.lower() and "EOF marker" not in quiet.stderr
    loud = subprocess.run([sys.executable, "-m", "governance_nlp.cli", "--verbose", "extract", str(bad)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert "not a readable PDF" in loud.stderr
    assert "invalid pdf header" in loud.stderr.lower() or "EOF marker" in loud.stderr
