"""The files a project copies or points at to run factlint in CI: the composite action,
the workflow ``factlint init`` writes (also this repository's own), and the pre-commit
hooks. Each is parsed, and every factlint command it runs is expanded by a real bash and
parsed by factlint's own command line, so a renamed option or command breaks here
rather than in someone's CI."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import click
import pytest
import yaml

from conftest import ROOT
from factlint.about import HOMEPAGE
from factlint.cli import cli
from factlint.init import template

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


def factlint_calls(inputs: dict[str, str] | None = None) -> list[list[str]]:
    """The factlint command lines the action's steps run, as bash expands them with these
    inputs (the others at their defaults): each step's script runs in a real bash in
    which ``factlint`` only prints its arguments."""
    action = load(ACTION)
    values = {name: spec["default"] for name, spec in action["inputs"].items()} | (inputs or {})
    calls = []
    for step in action["runs"]["steps"]:
        if "factlint" not in step.get("run", "").split()[:1]:
            continue
        env = {
            name: re.sub(r"\$\{\{ inputs\.([\w-]+) \}\}", lambda m: values[m.group(1)], value)
            for name, value in step.get("env", {}).items()
        }
        stub = 'factlint() { printf "%s\\0" "$@"; }\n'
        done = subprocess.run(
            ["bash", "-c", stub + step["run"]], env={**env, "PATH": os.environ["PATH"]},
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        calls.append(done.stdout.split("\0")[:-1])
    return calls


def test_the_action_is_composite_and_each_input_it_uses_is_declared() -> None:
    action = load(ACTION)
    assert action["runs"]["using"] == "composite"
    used = set(re.findall(r"inputs\.([\w-]+)", ACTION.read_text(encoding="utf-8")))
    assert used == set(action["inputs"])
    assert all(spec["description"] and "default" in spec for spec in action["inputs"].values())


def test_the_action_steps_are_pinned_and_splice_no_input_into_a_script() -> None:
    steps = load(ACTION)["runs"]["steps"]
    for step in steps:
        if "uses" in step:
            assert PINNED.match(step["uses"]), step["uses"]
        else:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"], "inputs reach the script as variables only"
    install = next(s for s in steps if "pip install" in s.get("run", ""))
    assert install["run"].endswith('"$GITHUB_ACTION_PATH"')  # this repository, which installs:
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]["factlint"]


def test_with_no_inputs_the_action_leaves_everything_to_the_config() -> None:
    validate, check = factlint_calls()
    assert validate == ["refs", "validate"]
    assert check == ["check", "--github"]
    for call in (validate, check):
        parse_factlint(call)


def test_inputs_become_options_of_commands_that_exist() -> None:
    inputs = {"documents": "my docs", "references": "refs", "claims": "c", "reports": "out",
              "fail-on": "unverified"}  # fmt: skip
    validate, check = factlint_calls(inputs)
    assert validate == ["refs", "validate", "refs"]
    context = parse_factlint(check)
    assert [str(p) for p in context.params["documents"]] == ["my docs"]  # one word, as given
    assert str(context.params["references"]) == "refs"
    assert str(context.params["reports_dir"]) == "out"
    assert context.params["fail_on"] == "unverified" and context.params["github"] is True


def test_the_action_uploads_the_reports_and_the_sarif_even_when_the_check_fails() -> None:
    steps = load(ACTION)["runs"]["steps"]
    uploads = {step["uses"].split("@")[0]: step for step in steps if "uses" in step}
    artifact = uploads["actions/upload-artifact"]
    sarif = uploads["github/codeql-action/upload-sarif"]
    assert artifact["if"].startswith("always()") and sarif["if"].startswith("always()")
    # The folder factlint check --github names as the step's output "reports".
    assert artifact["with"]["path"] == "${{ steps.check.outputs.reports }}"
    assert sarif["with"]["sarif_file"] == "${{ steps.check.outputs.reports }}/report.sarif"
    assert next(s for s in steps if s.get("id") == "check")["name"] == "Check the documents"


def test_the_workflow_init_writes_is_the_example_and_uses_this_action() -> None:
    assert WORKFLOW.read_text(encoding="utf-8") == template("workflow.yml")
    workflow = load(WORKFLOW)
    # YAML 1.1 reads the key "on" as True.
    assert set(workflow.get("on", workflow.get(True))) == {"push", "pull_request"}
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["factlint"]["steps"]
    repository = HOMEPAGE.removeprefix("https://github.com/")
    [step] = [s for s in steps if s["uses"].split("@")[0] == repository]
    assert set(step.get("with", {})) <= set(load(ACTION)["inputs"])
    assert all(PINNED.match(s["uses"]) for s in steps if s is not step)


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
