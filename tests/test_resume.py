"""A real ``kemiskinan-ie annotate`` process SIGKILLed mid-batch, then resumed with ``--resume``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kemiskinan_ie.batch import run_batch

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
N = 300


def _corpus(tmp_path: Path) -> Path:
    """N articles of a few kilobytes each, built from the fixture texts with varied numbers."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    lines = []
    for i in range(N):
        body = "\n\n".join(texts[(i + k) % len(texts)] for k in range(2)).replace("2023", str(2001 + i % 23))
        lines.append(json.dumps({"id": f"berita-{i:04d}", "text": body, "published": "2024-06-01"}, ensure_ascii=False))
    p = tmp_path / "korpus.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from kemiskinan_ie.cli import app; app()", "annotate", *args]


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out.extend(int(x) for x in fh.read().split())
    except OSError:
        pass
    return out


def _descendants(pid: int) -> list[int]:
    seen, todo = [], [pid]
    while todo:
        for c in _children(todo.pop()):
            seen.append(c)
            todo.append(c)
    return seen


def _complete_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and SIGKILL")
def test_sigkill_mid_batch_then_resume_gives_each_id_exactly_once(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "hasil.jsonl"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    errfile = tmp_path / "stderr.txt"
    with open(errfile, "wb") as errfh:  # a file, not a terminal (and not a pipe the workers could hold open)
        proc = subprocess.Popen(
            _cli(str(corpus), "-o", str(out), "--workers", "2", "--chunk-size", "4"),
            stdout=subprocess.DEVNULL, stderr=errfh, env=env,
        )
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while _complete_lines(out) < 20 and proc.poll() is None and time.monotonic() < deadline:
        workers = _descendants(proc.pid) or workers
        time.sleep(0.005)
    workers = _descendants(proc.pid) or workers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    err = errfile.read_bytes()
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    written = _complete_lines(out)
    assert 20 <= written < N
    # stderr is not a terminal: no progress bar was drawn
    assert b"\r" not in err and b"\x1b[" not in err

    # the pool's workers do not outlive the killed batch
    t_end = time.monotonic() + 15
    while any(os.path.exists(f"/proc/{w}") and _state(w) != "Z" for w in workers) and time.monotonic() < t_end:
        time.sleep(0.1)
    left = [w for w in workers if os.path.exists(f"/proc/{w}") and _state(w) != "Z"]
    assert workers and not left

    # a kill in the middle of a write leaves a partial line: simulate the worst case
    data = out.read_bytes()
    if data.endswith(b"\n"):
        with open(out, "ab") as fh:
            fh.write(b'{"id":"berita-0299","text":"Banjarmasin - Badan Pus')

    res = subprocess.run(_cli(str(corpus), "-o", str(out), "--resume", "--workers", "1"),
                         capture_output=True, env=env, timeout=240)
    assert res.returncode == 0, res.stderr.decode(errors="replace")
    assert b"partial last line" in res.stderr
    ids = [json.loads(x)["id"] for x in out.read_bytes().splitlines()]
    assert len(ids) == N and sorted(ids) == [f"berita-{i:04d}" for i in range(N)]
    assert ids == sorted(ids)  # still in input order

    # and the resumed file is byte-identical to an uninterrupted run
    ref = tmp_path / "ref.jsonl"
    run_batch([corpus], ref, progress=False)
    assert out.read_bytes() == ref.read_bytes()


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "X"
