"""One statement per core at a time, across every web process of a server.

``shortlist serve --workers N`` starts N web processes, each with a scoring process per core and
a spare (:mod:`app.scoring.limit`). Without a shared cap, N x (cores + 1) statements could be
read at once on the machine's cores, and under many clients they take turns on a core and evict
each other's caches (two workers, 32 clients: 30% more CPU per request than the engine alone).
So a statement is read at normal priority only while it holds one of ``cores`` slots: lock files
in one directory that all the web processes of a server share. ``shortlist serve`` makes the
directory and names it in :data:`SLOTS_ENV`; a process started otherwise (the tests, a web
process run on its own) makes its own and names it there for the processes it starts. The bulk
scoring pool (:mod:`app.scoring.pool`) takes the same slots, so a bulk upload and many
``/v1/score`` clients share the cores rather than oversubscribe them. The kernel releases a lock
when the process holding it ends, however it ended, so a killed process never keeps a core.
"""

from __future__ import annotations

import atexit
import fcntl
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

SLOTS_ENV = "SHORTLIST_CORE_SLOTS"
CORES = max(1, os.cpu_count() or 1)
# How often a waiting process looks for a free slot: a statement takes 50-200 ms, so a core can
# stand idle for at most about 1% of one; one thread per process looks, the others wait in turn.
LOOK_EVERY_SECONDS = 0.002


class CoreSlots:
    """``count`` slots shared by every process that opens the same directory."""

    def __init__(self, directory: Path, count: int = CORES) -> None:
        self.directory = directory
        self.count = count
        self._files: list[int] = []
        self._held: set[int] = set()  # slots a thread of this process holds (flock is per file)
        self._state = threading.Lock()
        self._door = threading.Lock()  # the one thread of this process that looks for a slot

    def take(self) -> int:
        """A free slot, held until :meth:`give_back`; waits until one is free."""
        with self._door:
            while True:
                slot = self._try_each()
                if slot is not None:
                    return slot
                time.sleep(LOOK_EVERY_SECONDS)

    def give_back(self, slot: int) -> None:
        with self._state:
            fcntl.flock(self._files[slot], fcntl.LOCK_UN)
            self._held.discard(slot)

    def _try_each(self) -> int | None:
        with self._state:
            if not self._files:
                self._open()
            for slot, descriptor in enumerate(self._files):
                if slot in self._held:
                    continue
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue
                self._held.add(slot)
                return slot
        return None

    def _open(self) -> None:
        # opened in this process (a descriptor inherited over fork would share its locks);
        # Python's descriptors are not inherited by the scoring processes it starts
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        for slot in range(self.count):
            path = self.directory / f"core-{slot}.lock"
            self._files.append(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))


def make_slots_directory() -> Path:
    """A directory for one server's slots, removed when this process exits."""
    directory = Path(tempfile.mkdtemp(prefix="shortlist-cores-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    return directory


_slots: CoreSlots | None = None
_made = threading.Lock()


def core_slots() -> CoreSlots:
    """This process's view of the server's slots: the directory in :data:`SLOTS_ENV`, or one
    of its own, named there so the processes it starts (the bulk pool's) share it."""
    global _slots
    with _made:
        if _slots is None:
            named = os.environ.get(SLOTS_ENV)
            if not named:
                named = os.environ[SLOTS_ENV] = str(make_slots_directory())
            _slots = CoreSlots(Path(named))
        return _slots
