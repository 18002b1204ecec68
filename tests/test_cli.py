"""The command line: formats, exit statuses, and help with an example for every command."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from vbkg.cli import cli

from .conftest import ROOT, SAMPLES

SEED = str(SAMPLES / "003_75f77f7c71bf38e4.txt")


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args))


def test_extract_json_is_one_array() -> None:
    result = run("extract", str(SAMPLES), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [Path(d["source"]).name[:3] for d in data] == ["000", "001", "002", "003", "004"]
    assert data[3]["document"]["symbol"] == "46/KH-LĐLĐ"
    assert set(data[0]) >= {"source", "document", "references", "statements", "organizations", "reports_to",
                            "recipients", "warnings"}  # fmt: skip


def test_extract_jsonl_streams_one_object_a_line() -> None:
    result = run("extract", SEED, SEED, "--format", "jsonl")
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and len(lines) == 2
    assert json.loads(lines[0])["document"]["id"] == "kh-46-ldld-2023-ldld-quan-long-bien"


def test_extract_table_is_readable() -> None:
    result = run("extract", SEED)
    assert result.exit_code == 0
    assert "12/KH-LĐLĐ" in result.stdout and "IMPLEMENTS" in result.stdout


def test_failed_file_exits_1_and_others_still_print(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run("extract", SEED, str(bad), "--format", "jsonl")
    assert result.exit_code == 1
    assert f"error: {bad}: file is empty" in result.stderr
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("args", [["extract"], ["extract", SEED, "--format", "xml"], ["nonsense"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run(*args).exit_code == 2


def _commands() -> list[str]:
    names = cli.list_commands(click.Context(cli))
    assert len(names) >= 17
    return names


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"vbkg {name}" in result.stdout


def test_top_help_has_an_example() -> None:
    assert "Example" in run("--help").stdout


def test_readme_documents_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in _commands() if f"vbkg {name}" not in readme]
    assert not missing, f"README does not document: {missing}"
