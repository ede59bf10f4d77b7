"""What the package index shows and installs: the version, project URLs, classifiers,
a README whose links work there, and distributions that hold what they must."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

import factlint
from factlint.init import FILES

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
REPOSITORY = PYPROJECT["project"]["urls"]["Repository"]


def test_the_version_is_one_everywhere() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", factlint.__version__)
    assert importlib.metadata.version("factlint") == factlint.__version__
    shown = subprocess.run(
        [sys.executable, "-m", "factlint", "--version"], capture_output=True, text=True, check=True
    )
    assert factlint.__version__ in shown.stdout


def test_the_index_page_has_urls_and_classifiers() -> None:
    project = PYPROJECT["project"]
    assert set(project["urls"]) >= {"Homepage", "Repository", "Issues", "Documentation"}
    assert all(url.startswith("https://") for url in project["urls"].values())
    classifiers = project["classifiers"]
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert "Typing :: Typed" in classifiers
    assert all(" :: " in c for c in classifiers)


def test_readme_links_work_on_the_package_index() -> None:
    """The index shows README.md alone: a relative link there leads nowhere."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)\s]+)\)", readme)
    assert links
    for link in links:
        assert link.startswith(("https://", "#")), link
        if "/blob/main/" in link:
            assert link.startswith(REPOSITORY)
            assert (ROOT / link.split("/blob/main/", 1)[1]).exists(), link


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    return out


def test_the_sdist_leaves_the_suite_out_and_keeps_the_templates(distributions: Path) -> None:
    [sdist] = distributions.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert not any(name.startswith(("tests/", "benchmarks/")) for name in names)
    assert {"README.md", "LICENSE", "pyproject.toml"} <= names
    templates = {f"src/factlint/templates/{name}" for name in FILES.values()}
    assert templates <= names


def test_the_wheel_can_start_a_project(distributions: Path) -> None:
    [wheel] = distributions.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        text = archive.read(metadata).decode("utf-8")
    assert {f"factlint/templates/{name}" for name in FILES.values()} <= names
    assert f"Version: {factlint.__version__}" in text
    assert f"Project-URL: Repository, {REPOSITORY}" in text
    assert "Provides-Extra: pdf" in text and "Provides-Extra: main-text" in text
