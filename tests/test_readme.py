"""README's console sessions run as written, in order, in a copy of a fresh clone, and
print what the README shows. A line ``...`` stands for any lines, ``...`` inside a line
for any text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MARK = "@@factlint-readme-command-done@@"


def sessions(text: str) -> list[list[tuple[str, list[str]]]]:
    """Each console block: its commands, each with the lines it shows."""
    blocks = re.findall(r"^```console\n(.*?)^```", text, flags=re.S | re.M)
    found = []
    for block in blocks:
        commands: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                commands.append((line[2:], []))
            else:
                commands[-1][1].append(line)
        found.append(commands)
    return found


def matches(expected: list[str], got: list[str]) -> bool:
    """Whether ``got`` is ``expected`` with its ``...`` filled in."""
    pattern = "".join(
        r"(?:[^\n]*\n)*?" if line.strip() == "..." else
        re.escape(line).replace(re.escape("..."), "[^\n]*") + r"\n"
        for line in expected
    )  # fmt: skip
    return re.fullmatch(pattern, "".join(f"{line}\n" for line in got)) is not None


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What a fresh clone holds after ``make report``: the shipped files and .venv."""
    folder = tmp_path_factory.mktemp("clone")
    for name in ("seeds", "references", "claims"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / "pyproject.toml", folder)
    (folder / ".venv" / "bin").mkdir(parents=True)
    (folder / ".venv" / "bin" / "factlint").symlink_to(Path(sys.executable).parent / "factlint")
    return folder


def test_readme_has_sessions_to_run() -> None:
    assert sum(len(block) for block in sessions(README)) >= 10


def test_every_console_session_prints_what_the_readme_shows(clone: Path) -> None:
    commands = [command for block in sessions(README) for command in block]
    script = "".join(
        f"{command} 2>&1\n__status=$?\necho '{MARK}'\n( exit $__status )\n"
        for command, _ in commands
    )
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        ["bash", "-c", script], cwd=clone, capture_output=True, text=True, env=env, check=False
    )
    outputs = done.stdout.split(f"{MARK}\n")
    assert len(outputs) == len(commands) + 1, done.stderr
    for (command, shown), output in zip(commands, outputs, strict=False):
        got = output.splitlines()
        assert matches(shown, got), f"$ {command}\n" + "\n".join(got)
