"""Every verdict factlint gives on the case tables, the seeds, the extraction sentences
and a generated corpus is the one recorded in ``tests/golden/verdicts.json``. A change
that alters one on purpose rewrites the file (``tests/golden/snapshot.py --write``) and
names the fix in its commit; any other difference is a regression."""

from __future__ import annotations

import json
import sys
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"
sys.path.insert(0, str(GOLDEN))

from snapshot import GOLDEN as GOLDEN_FILE  # noqa: E402
from snapshot import snapshot  # noqa: E402


def test_every_verdict_is_as_recorded() -> None:
    recorded = json.loads(GOLDEN_FILE.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(snapshot()))
    assert sorted(now) == sorted(recorded)
    changed = [
        (name, index, was, got)
        for name in recorded
        for index, (was, got) in enumerate(zip(recorded[name], now[name], strict=False))
        if was != got
    ]
    assert not changed, changed[:5]
    assert [len(now[n]) for n in recorded] == [len(recorded[n]) for n in recorded]
