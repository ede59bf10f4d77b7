"""The extractor's path stays light: importing factlint.extract or running `factlint
extract` loads neither pandas nor pint, whose import costs more than extracting a
hundred documents. Each check runs in a fresh interpreter, as a user's would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = ("pandas", "pint", "numpy")


def loaded_after(code: str) -> list[str]:
    """The heavy modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport sys\nprint('loaded:', *(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.splitlines()[-1].split()[1:]


def test_importing_the_extractor_loads_no_heavy_module() -> None:
    assert loaded_after("import factlint.extract") == []


def test_importing_the_package_loads_no_heavy_module() -> None:
    assert loaded_after("import factlint") == []


def test_the_extract_command_loads_no_heavy_module(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Exports rose 5% to $3.5bn in 2024.\n", encoding="utf-8")
    code = (
        "from factlint.cli import cli\n"
        f"cli.main(['extract', {str(article)!r}, '--published', '2025-01-21'],"
        " standalone_mode=False)"
    )
    assert loaded_after(code) == []


def test_the_check_command_does_not_load_pandas(tmp_path: Path) -> None:
    """pandas is for notebooks (``factlint.frames``); a check writes its claim tables with
    the csv module and starts without it."""
    root = Path(__file__).resolve().parent.parent
    code = (
        "import sys\n"
        "from factlint.cli import cli\n"
        "try:\n"
        f"    cli.main(['check', {str(root / 'seeds')!r}, '-r', {str(root / 'references')!r},"
        f" '--claims', {str(tmp_path / 'claims')!r}, '--reports', {str(tmp_path / 'reports')!r},"
        " '-q'])\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
    )
    loaded = loaded_after(code)
    assert (tmp_path / "claims" / "putin-xi-video-call.txt.csv").is_file()
    assert "pandas" not in loaded


def test_public_names_load_on_use_and_are_not_shadowed_by_submodules() -> None:
    """``factlint.check`` and ``factlint.extract`` stay the functions even after their
    submodules are imported, as they were when the package imported them eagerly."""
    code = (
        "import factlint.check, factlint.extract, factlint\n"
        "assert factlint.check.__qualname__ == 'check', factlint.check\n"
        "assert factlint.extract.__qualname__ == 'extract', factlint.extract\n"
        "assert factlint.load_references.__name__ == 'load_references'\n"
        "from factlint import Mention, check, extract\n"
        "assert callable(check) and callable(extract) and Mention.__name__ == 'Mention'"
    )
    assert loaded_after(code) == []
