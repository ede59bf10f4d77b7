"""``factlint init``: a starting project, ready to check.

It writes a config with the policy's defaults, a reference dataset with the header
lines and one worked example row, an example document that the example row confirms,
an empty ``claims/reviews.csv``, a CI workflow, and the data package of the references. A file that exists is never
touched, so init is safe to run in a project that has some of these already.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

# Where each file goes, and the template it is written from.
FILES = {
    "factlint.toml": "factlint.toml",
    "references/README.md": "references-README.md",
    "references/entities.csv": "entities.csv",
    "references/metrics.csv": "metrics.csv",
    "references/facts/example.csv": "facts.csv",
    "references/fx.csv": "fx.csv",
    "documents/example.md": "example.md",
    "documents/documents.csv": "documents.csv",
    "claims/reviews.csv": "reviews.csv",
    "reports/.gitignore": "reports.gitignore",
    ".github/workflows/factlint.yml": "workflow.yml",
}


def template(name: str) -> str:
    return (resources.files("factlint") / "templates" / name).read_text(encoding="utf-8")


def init_project(folder: Path) -> list[tuple[str, bool]]:
    """Write the starting project into ``folder``; each file's path, and whether it was
    written (False: it existed and was kept)."""
    done = []
    for target, name in FILES.items():
        path = folder / target
        if path.exists():
            done.append((target, False))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        # "x": never replace a file that appeared since the check above.
        with open(path, "x", encoding="utf-8", newline="") as handle:
            handle.write(template(name))
        done.append((target, True))
    done.append(_datapackage(folder / "references"))
    return done


def _datapackage(references: Path) -> tuple[str, bool]:
    """The reference set's data package, generated from the files just written (as
    ``factlint refs schema --write`` would), unless one is there."""
    from factlint.references.schema import render

    path = references / "datapackage.json"
    target = "references/datapackage.json"
    if path.exists():
        return target, False
    with open(path, "x", encoding="utf-8", newline="") as handle:
        handle.write(render(references))
    return target, True
