"""What a check ran with, recorded in its reports folder (``reports/run.json``), so that
``factlint explain`` looks at the same documents, references, reviews and policy as the
reports it explains.

Paths are written relative to the reports folder, so the record stays true when the
project is moved or checked out elsewhere, and the file is the same bytes every run.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from factlint.config import Policy
from factlint.errors import ConfigError, display_path

RUN_FILE = "run.json"


class RunSettings(BaseModel):
    """The settings of one ``factlint check``."""

    model_config = ConfigDict(frozen=True)

    documents: list[str]  # folders, files, or "-" for standard input
    glob: list[str] = []
    main_text: bool = False
    stdin_name: str = ""
    references: str
    claims: str
    fail_on: str = "flag"
    config: str = ""  # the config file read, if any
    policy: dict[str, float] = {}

    def policy_settings(self) -> Policy:
        return Policy(**self.policy)


def _relative(path: Path, folder: Path) -> str:
    return Path(os.path.relpath(path.resolve(), folder.resolve())).as_posix()


def record(
    folder: Path,
    *,
    documents: list[Path | str],
    references: Path,
    claims: Path,
    policy: Policy,
    glob: list[str],
    main_text: bool,
    stdin_name: str,
    fail_on: str,
    config: Path | None,
) -> str:
    """The run record for a reports ``folder``, as the text of its JSON file."""
    settings = RunSettings(
        documents=[d if str(d) == "-" else _relative(Path(d), folder) for d in map(str, documents)],
        glob=glob,
        main_text=main_text,
        stdin_name=stdin_name if "-" in map(str, documents) else "",
        references=_relative(references, folder),
        claims=_relative(claims, folder),
        fail_on=fail_on,
        config=_relative(config, folder) if config else "",
        policy=asdict(policy),
    )
    return json.dumps(settings.model_dump(), indent=2, ensure_ascii=False) + "\n"


def last_run(folder: Path) -> RunSettings | None:
    """The settings the last check wrote into the reports ``folder``, with its paths
    made usable from the working directory; None when it wrote none."""
    path = folder / RUN_FILE
    if not path.is_file():
        return None
    try:
        settings = RunSettings.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as ex:
        raise ConfigError(
            f"{display_path(path)}: not a run record factlint can read; run factlint check "
            "again to rewrite it, or pass the documents and --references to explain"
        ) from ex

    def here(relative: str) -> str:
        return relative if relative == "-" else display_path((folder / relative).resolve())

    return settings.model_copy(
        update={
            "documents": [here(d) for d in settings.documents],
            "references": here(settings.references),
            "claims": here(settings.claims),
            "config": here(settings.config) if settings.config else "",
        }
    )
