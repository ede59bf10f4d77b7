"""The files a project copies or points at to run factlint in CI: the composite action,
the example workflow and the pre-commit hooks. Each is parsed, and every factlint
command it runs is parsed by factlint's own command line, so a renamed option or
command breaks here rather than in someone's CI."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import click
import pytest
import yaml

from conftest import ROOT
from factlint.about import HOMEPAGE
from factlint.cli import cli

ACTION = ROOT / "action.yml"
WORKFLOW = ROOT / ".github" / "workflows" / "factlint.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
# Actions by others are pinned to a major version, the form their maintainers support.
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@v\d+$")


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def parse_factlint(args: list[str]) -> click.Context:
    """Parse a factlint command line as the real command would, without running it."""
    group: click.Command = cli
    while isinstance(group, click.Group):
        name, args = args[0], args[1:]
        command = group.get_command(click.Context(group), name)
        assert command is not None, f"factlint has no command {name!r}"
        group = command
    return group.make_context(group.name or "", args)


def shell_words(script: str, env: dict[str, str]) -> list[list[str]]:
    """Each line's words, with the step's variables put in as the shell would."""
    lines = []
    for line in script.strip().splitlines():
        for name, value in env.items():
            line = line.replace(f'"${name}"', shlex.quote(value))
        lines.append(shlex.split(line))
    return lines


def sample_inputs(action: dict[str, Any]) -> dict[str, str]:
    """Each input's default, as the expression ``${{ inputs.name }}`` would give it."""
    return {f"${{{{ inputs.{name} }}}}": spec["default"] for name, spec in action["inputs"].items()}


def test_the_action_is_composite_and_each_input_it_uses_is_declared() -> None:
    action = load(ACTION)
    assert action["runs"]["using"] == "composite"
    used = set(re.findall(r"inputs\.([\w-]+)", ACTION.read_text(encoding="utf-8")))
    assert used == set(action["inputs"])
    assert all(spec["description"] and "default" in spec for spec in action["inputs"].values())


def test_the_action_runs_only_factlint_commands_that_exist() -> None:
    action = load(ACTION)
    inputs = sample_inputs(action)
    factlint_runs = []
    for step in action["runs"]["steps"]:
        if "uses" in step:
            assert PINNED.match(step["uses"]), step["uses"]
            continue
        assert step["shell"] == "bash"
        env = {name: inputs.get(value, value) for name, value in step.get("env", {}).items()}
        assert "${{" not in step["run"], "inputs reach the script as variables, never spliced"
        for words in shell_words(step["run"], env):
            if words[0] == "factlint":
                factlint_runs.append(parse_factlint(words[1:]))
            else:
                assert words[:4] == ["python", "-m", "pip", "install"]
                assert words[-1] == "$GITHUB_ACTION_PATH"  # this repository, installable:
                assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    [check] = factlint_runs
    assert check.params["github"] is True
    assert check.params["fail_on"] == "flag"
    assert str(check.params["documents"]) == "docs"


def test_the_action_uploads_the_reports_and_the_sarif_even_when_the_check_fails() -> None:
    steps = load(ACTION)["runs"]["steps"]
    uploads = {step["uses"].split("@")[0]: step for step in steps if "uses" in step}
    artifact = uploads["actions/upload-artifact"]
    sarif = uploads["github/codeql-action/upload-sarif"]
    assert artifact["if"].startswith("always()") and sarif["if"].startswith("always()")
    assert artifact["with"]["path"] == "${{ inputs.reports }}"
    assert sarif["with"]["sarif_file"] == "${{ inputs.reports }}/report.sarif"


def test_the_example_workflow_uses_this_action_with_inputs_it_declares() -> None:
    workflow = load(WORKFLOW)
    # YAML 1.1 reads the key "on" as True.
    assert set(workflow.get("on", workflow.get(True))) == {"push", "pull_request"}
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["check"]["steps"]
    ours = [
        s for s in steps if s["uses"].split("@")[0] == HOMEPAGE.removeprefix("https://github.com/")
    ]
    [step] = ours
    assert set(step["with"]) <= set(load(ACTION)["inputs"])
    assert all(PINNED.match(s["uses"]) for s in steps if s is not step)
    assert (ROOT / step["with"]["documents"]).is_dir()
    assert (ROOT / step["with"]["references"]).is_dir()


@pytest.mark.parametrize("hook", load(HOOKS), ids=lambda hook: hook["id"])
def test_each_pre_commit_hook_runs_a_factlint_command(hook: dict[str, Any]) -> None:
    words = shlex.split(hook["entry"])
    assert words[0] == "factlint" and hook["language"] == "python"
    assert hook["pass_filenames"] is False  # factlint reads folders, not file lists
    context = parse_factlint([*words[1:], *hook.get("args", [])])
    assert context.command.name == words[-1]
    assert re.compile(hook["files"]).search("references/facts/trade.csv")


def test_the_hooks_cover_checking_and_validating() -> None:
    entries = {hook["entry"] for hook in load(HOOKS)}
    assert entries == {"factlint check", "factlint refs validate"}


def test_a_command_that_does_not_exist_is_caught() -> None:
    with pytest.raises(AssertionError, match="no command 'verify'"):
        parse_factlint(["verify", "docs"])
    with pytest.raises(click.NoSuchOption):
        parse_factlint(["check", "docs", "--annotate"])
