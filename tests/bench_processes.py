"""Helpers of the process benchmarks: load averages, a process tree's memory, a Prefect server.

Memory is read from /proc (Linux), so no extra package is needed: RSS summed over the process
and every descendant (what `ps` would add up; shared library pages count once per process), and
PSS (each shared page split between its sharers: what the tree really holds).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows import SERVER_DEFAULTS

DEFAULT_SERVER_TIMEOUT = 300.0
ROOT = Path(__file__).resolve().parents[1]


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages, as `uptime` prints them."""
    return [round(value, 2) for value in os.getloadavg()]


def descendants(pid: int) -> list[int]:
    """`pid` and every live process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # ended while listed
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def tree_memory_mb(pid: int) -> dict[str, float]:
    """RSS and PSS (MB) summed over `pid` and its descendants, and how many processes."""
    rss = pss = 0
    processes = 0
    for member in descendants(pid):
        try:
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in rollup.splitlines()[1:])
        rss += int(fields["Rss"].split()[0])
        pss += int(fields["Pss"].split()[0])
        processes += 1
    return {"rss_mb": rss / 1024, "pss_mb": pss / 1024, "processes": float(processes)}


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds `pid` and its descendants used so far, the children they reaped included."""
    ticks = 0
    for member in descendants(pid):
        try:
            stat = Path(f"/proc/{member}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        ticks += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without Prefect's or our settings, with `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DISCLOSE_"))}
    return env | {"PYTHONPATH": str(ROOT), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"} | extra


@contextmanager
def prefect_server(
    home: Path, *, timeout: float = DEFAULT_SERVER_TIMEOUT
) -> Iterator[tuple[str, int]]:
    """A `prefect server start` on 127.0.0.1 with its database under `home`, set up as `make ui`
    sets it up: its API URL and process id."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = clean_env(PREFECT_HOME=str(home), PREFECT_UI_ENABLED="false", **SERVER_DEFAULTS)
    command = ["server", "start", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("prefect")), *command],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        wait_healthy(url, server, deadline=time.monotonic() + timeout)
        yield url, server.pid
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout)


def wait_healthy(url: str, server: subprocess.Popen[bytes], *, deadline: float) -> None:
    """Return once the server at `url` answers its health check."""
    while True:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the Prefect server at {url} never became healthy") from None
            time.sleep(0.5)


def stop_tree(process: subprocess.Popen[bytes], *, timeout: float) -> None:
    """SIGTERM a process started in its own session, then its whole group if it lingers."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout)
