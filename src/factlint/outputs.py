"""The files one run writes (reports, claim tables), replaced as one set.

The output folders are shared: ``reports/`` may hold a README, ``claims/`` holds the
analysts' ``reviews.csv``, which factlint never writes. So the set cannot be swapped as
a folder; it is committed the way a database commits a transaction:

1. every file is written whole into ``<folder>/.factlint-staging/`` (hidden, ignored
   by git, on the same file system, so a rename is atomic), then synced to disk;
2. a journal listing every move is written next to the staged reports and renamed into
   place: that rename is the commit point;
3. each staged file is renamed over its target; then the staging folders go.

A run killed before the commit point leaves the old set untouched (the staging is
discarded by the next run); one killed after it leaves the journal, and the next run
that writes to either folder finishes the moves before anything else. In between, each
file is always whole, old or new. Two runs writing to the same folder at once are
refused: a lock on each folder, released by the kernel however a run ends.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from factlint.errors import FactlintError, display_path

STAGING = ".factlint-staging"
JOURNAL = "commit.json"
OWNER = "journal"  # in a staging folder without the journal: where the journal is


class OutputError(FactlintError):
    """An output folder cannot be written: read-only, a file in its place, a full disk."""


def _hint(error: OSError) -> str:
    return {
        errno.ENOSPC: "free some space on that disk, or write the outputs elsewhere",
        errno.EDQUOT: "free some space within your quota, or write the outputs elsewhere",
        errno.EACCES: "make it writable, or write the outputs elsewhere",
        errno.EPERM: "make it writable, or write the outputs elsewhere",
        errno.EROFS: "the file system is read-only; write the outputs elsewhere",
        errno.ENOTDIR: "a file stands where the folder should be; move it, or choose "
        "another folder",
        errno.EEXIST: "a file stands where the folder should be; move it, or choose another folder",
    }.get(error.errno or 0, "check the folder, or write the outputs elsewhere")


def output_error(path: Path, error: OSError, doing: str = "cannot write") -> OutputError:
    reason = error.strerror or str(error)
    return OutputError(f"{display_path(path)}: {doing}: {reason}; {_hint(error)}")


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system syncs a folder
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _mode_for(path: Path, umask: int) -> int:
    """Keep an existing file's permissions; a new file gets what the umask allows."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o666 & ~umask


def _lock(folder: Path) -> int | None:
    """An exclusive lock on the folder, or OutputError when another run holds it."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks on folders; runs are not guarded
        return None
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as ex:
        os.close(handle)
        raise OutputError(
            f"{display_path(folder)}: another factlint run is writing here; "
            "wait for it to finish, or write the outputs elsewhere"
        ) from ex
    return handle


def recover(folder: Path) -> None:
    """Finish or discard what a run killed while writing ``folder`` left behind."""
    staging = folder / STAGING
    if not staging.is_dir():
        return
    journal = staging / JOURNAL
    if not journal.exists() and (staging / OWNER).exists():
        journal = Path((staging / OWNER).read_text(encoding="utf-8"))
    if journal.exists():
        plan = json.loads(journal.read_text(encoding="utf-8"))
        _apply(plan["moves"], plan["staging"])
    shutil.rmtree(staging, ignore_errors=True)


def _apply(moves: list[list[str]], stagings: list[str]) -> None:
    """Every move of a committed journal whose file is still staged, then the staging
    folders, the first (which holds the journal) last."""
    made: set[str] = set()
    for source, target in moves:
        if os.path.exists(source):
            folder = os.path.dirname(target)
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            os.replace(source, target)
    for staging in stagings:
        _sync_folder(Path(staging).parent)
    for staging in stagings[1:]:
        shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(stagings[0], ignore_errors=True)


class OutputSet:
    """The outputs of one run, named by role (``reports``, ``claims``) and folder."""

    def __init__(self, folders: dict[str, Path]) -> None:
        self.folders = folders
        # (role, name) of every staged file, in the order written (a name written twice
        # is staged once); each is staging(role) / name.
        self.staged: dict[tuple[str, str], None] = {}
        self._locks: list[int] = []
        self._committed = False
        self._umask = _umask()
        self._made: set[Path] = set()  # staging subfolders already made

    def __enter__(self) -> OutputSet:
        try:
            for folder in sorted(set(self.folders.values())):
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as ex:
                    raise output_error(folder, ex, "cannot create the folder") from ex
                if not folder.is_dir():
                    raise output_error(folder, OSError(errno.ENOTDIR, "not a folder"))
                lock = _lock(folder)
                if lock is not None:
                    self._locks.append(lock)
                recover(folder)
                self._stage(folder)
        except BaseException:
            self._release()
            raise
        return self

    def _stage(self, folder: Path) -> None:
        staging = folder / STAGING
        try:
            staging.mkdir()
            (staging / ".gitignore").write_text("*\n", encoding="utf-8")
        except OSError as ex:
            raise output_error(folder, ex) from ex

    def staging(self, role: str) -> Path:
        return self.folders[role] / STAGING

    def write(self, role: str, name: str, chunks: Iterable[str]) -> None:
        """Stage ``name`` in the role's folder (synced to disk with the rest at commit)."""
        path = self.staging(role) / name
        try:
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            with path.open("w", encoding="utf-8", newline="") as stream:
                for chunk in chunks:
                    stream.write(chunk)
            os.chmod(path, _mode_for(self.folders[role] / name, self._umask))
        except OSError as ex:
            raise output_error(self.folders[role] / name, ex) from ex
        self.staged[role, name] = None

    def commit(self) -> None:
        """Replace every target by its staged file, as one step (see the module's note)."""
        stagings = [self.staging(role) for role in self.folders]
        first = stagings[0]
        # Each folder resolved once; the names in it are factlint's own (no links).
        staged_in = {role: self.staging(role).resolve() for role in self.folders}
        target_in = {role: self.folders[role].resolve() for role in self.folders}
        moves = [
            [os.path.normpath(staged_in[role] / name), os.path.normpath(target_in[role] / name)]
            for role, name in self.staged
        ]
        folders = [str(s.resolve()) for s in dict.fromkeys(stagings)]
        plan = {"moves": moves, "staging": folders}
        journal = first / JOURNAL
        # Every staged file on disk before the journal says they are the outputs: one
        # sync for all of them (a sync per file costs a disk flush per claim table).
        os.sync()
        try:
            for staging in dict.fromkeys(stagings[1:]):
                if staging != first:
                    (staging / OWNER).write_text(str(journal.resolve()), encoding="utf-8")
                _sync_folder(staging)
            _sync_folder(first)
            pending = first / f"{JOURNAL}.tmp"
            with pending.open("w", encoding="utf-8") as stream:
                json.dump(plan, stream)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(pending, journal)  # the commit point
            _sync_folder(first)
        except OSError as ex:
            raise output_error(self.folders[next(iter(self.folders))], ex) from ex
        self._committed = True
        _apply(moves, folders)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if not self._committed:
            for role in self.folders:
                shutil.rmtree(self.staging(role), ignore_errors=True)
        self._release()

    def _release(self) -> None:
        for handle in self._locks:
            os.close(handle)  # closing the folder releases its lock
        self._locks = []
