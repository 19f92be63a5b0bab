"""The web processes of one server share its cores: a statement is read only while it holds one
of the server's core slots, and a process that dies, however it died, gives its slots back."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from app.scoring import cores
from app.scoring.cores import CORES, SLOTS_ENV, CoreSlots
from app.scoring.pool import IN_PROCESS_BELOW, Job, ScoringPool
from benchmarks.bench_service import serve
from benchmarks.harness import bench_spec, database, make_key, statement
from criteria.spec import RoleSpec
from matching.result import ScoreResult

# Another web process of the same server: holds a slot until its stdin closes or it is killed.
HOLDER = """
import sys
from pathlib import Path
from app.scoring.cores import CoreSlots
slots = CoreSlots(Path(sys.argv[1]), count=int(sys.argv[2]))
slots.take()
print("holding", flush=True)
sys.stdin.read()
"""


def _holder(directory: Path, count: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(directory), str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "holding"
    return process


def _take_in_background(slots: CoreSlots) -> tuple[threading.Thread, list[int]]:
    taken: list[int] = []
    thread = threading.Thread(target=lambda: taken.append(slots.take()), daemon=True)
    thread.start()
    return thread, taken


def test_threads_of_one_process_take_different_cores_and_wait_for_a_free_one(
    tmp_path: Path,
) -> None:
    slots = CoreSlots(tmp_path, count=2)
    first, second = slots.take(), slots.take()
    assert {first, second} == {0, 1}
    waiting, taken = _take_in_background(slots)
    waiting.join(0.3)
    assert waiting.is_alive() and not taken  # both cores are busy
    slots.give_back(second)
    waiting.join(5)
    assert taken == [second]


def test_a_core_held_by_another_process_is_not_taken(tmp_path: Path) -> None:
    other = _holder(tmp_path, count=2)
    try:
        slots = CoreSlots(tmp_path, count=2)
        mine = slots.take()
        waiting, taken = _take_in_background(slots)
        waiting.join(0.3)
        assert waiting.is_alive() and not taken  # one core each: none left
        slots.give_back(mine)
        waiting.join(5)
        assert taken == [mine]
    finally:
        other.kill()
        other.wait()


def test_a_killed_process_gives_its_core_back(tmp_path: Path) -> None:
    other = _holder(tmp_path, count=1)
    slots = CoreSlots(tmp_path, count=1)
    waiting, taken = _take_in_background(slots)
    waiting.join(0.3)
    assert waiting.is_alive() and not taken
    other.kill()  # SIGKILL: nothing in it runs to give the core back; the kernel does
    other.wait()
    waiting.join(5)
    assert taken == [0]


def _environment(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in raw if b"=" in item)


def _web_processes(supervisor: int) -> list[int]:
    """The supervisor's children that serve requests (not its multiprocessing helpers)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == supervisor and b"resource_tracker" not in command:
            found.append(int(stat.parent.name))
    return found


def test_the_web_processes_of_one_server_share_its_cores(tmp_path: Path) -> None:
    """``shortlist serve --workers 2``: both web processes read statements under the same slots
    (a directory of the server's own, gone when it stops)."""
    with database("sqlite", tmp_path) as url:
        key = make_key(url)
        with serve(url, 2, tmp_path / "serve.log") as (base, supervisor):
            body = {"spec": bench_spec(), "statement": {"text": statement(1, words=200)}}
            headers = {"Authorization": f"Bearer {key}"}
            for _ in range(4):  # keep-alive off: the connections may go to either process
                answer = httpx.post(base + "/v1/score", json=body, headers=headers, timeout=120)
                assert answer.status_code == 200, answer.text
            web = _web_processes(supervisor)
            assert len(web) == 2
            shared = {_environment(pid).get(SLOTS_ENV) for pid in web}
            assert len(shared) == 1 and None not in shared
            directory = Path(shared.pop() or "")
            assert sorted(p.name for p in directory.iterdir()) == [
                f"core-{n}.lock" for n in range(CORES)
            ]
        assert not directory.exists()


def test_a_bulk_upload_scores_only_on_cores_the_web_requests_leave_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bulk pool's processes take the same slots: while every core is held (by web requests
    of any process), a bulk batch waits; once one is free, it is scored."""
    monkeypatch.setenv(SLOTS_ENV, str(tmp_path))
    monkeypatch.setattr(cores, "_slots", None)
    pool = ScoringPool(processes=2)
    try:
        pool.warm()  # engines built, so only the cores hold the batch back
        held = CoreSlots(tmp_path)
        taken = [held.take() for _ in range(CORES)]
        spec = RoleSpec.model_validate(bench_spec())
        jobs = [Job(statement(n, words=150)) for n in range(IN_PROCESS_BELOW)]
        results: list[object] = []
        batch = threading.Thread(target=lambda: results.extend(pool.score(spec, jobs)))
        batch.start()
        batch.join(1.5)
        assert batch.is_alive() and not results  # every core is busy elsewhere
        for slot in taken:
            held.give_back(slot)
        batch.join(120)
        assert len(results) == len(jobs)
        assert all(isinstance(result, ScoreResult) for result in results)
    finally:
        pool.close()
