"""The frozen bundle against the source run, in one run: start-up and sizes.

  gui      process start to the populated main window (``--quit-when-ready``, offscreen)
           budget: the frozen app at most 0.15 s slower than the source run
  check    ``go-hgw check`` on the same demo school, whole process; same budget
  version  ``go-hgw --version``: the floor of each way of starting
  sizes    the bundle folder, and the installers found in dist/ (.deb, Windows setup)

  make bundle && python benchmarks/frozen.py [--bundle dist/go-hgw-desktop] [--runs 7]

Both sides use the real key path: the script runs itself again inside a private D-Bus
session with gnome-keyring (a frozen app reads no test keyring from PYTHONPATH), on a
throw-away demo school in a temporary home. Figures are the fastest of interleaved runs
(on a shared machine the fastest is the one closest to what the code costs), with the median.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = 0.15
INSIDE = "GO_HGW_BENCH_SESSION"


def _in_private_session(argv: list[str]) -> int:
    """Run this script again under dbus-run-session, in a temporary home."""
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(tool)]
    if missing:
        sys.exit(f"needs {', '.join(missing)} (apt-get install dbus gnome-keyring)")
    with tempfile.TemporaryDirectory(prefix="go-hgw-bench-") as home:
        run_dir = Path(home) / "run"
        run_dir.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "PYTHONPATH")}
        env.update({INSIDE: "1", "HOME": home, "XDG_RUNTIME_DIR": str(run_dir),
                    "XDG_DATA_HOME": f"{home}/share", "XDG_CONFIG_HOME": f"{home}/config",
                    "QT_QPA_PLATFORM": "offscreen"})
        return subprocess.run(["dbus-run-session", "--", sys.executable, __file__, *argv], env=env).returncode


def _unlock_keyring() -> None:
    daemon = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                            input=b"bench-password", capture_output=True, timeout=30, check=True)
    for line in daemon.stdout.decode().splitlines():
        name, _, value = line.partition("=")
        if name:
            os.environ[name] = value


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(command: list[str], ready_line: bool) -> tuple[float, float]:
    """Wall seconds to the READY line (or to the end), and the CPU seconds of the whole process."""
    cpu = _cpu()
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    ended = time.time()
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    if ready_line:
        ready = next(line for line in done.stdout.splitlines() if line.startswith("READY "))
        ended = float(ready.split()[1])
    return ended - started, _cpu() - cpu


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def measure(bundle: Path, runs: int, pupils: int) -> int:
    _unlock_keyring()
    data = Path(os.environ["HOME"]) / "data"
    source = [sys.executable, "-m", "go_hgw_desktop", "--data-dir", str(data)]
    frozen = [str(bundle / "go-hgw"), "--data-dir", str(data)]
    made = subprocess.run([*source, "demo", "--pupils", str(pupils)], capture_output=True, text=True)
    if made.returncode != 0:
        sys.exit(made.stderr)
    cases = {"gui": (["--quit-when-ready"], True), "check": (["check"], False),
             "version": (["--version"], False)}
    times: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    for _ in range(runs):  # interleaved: a busy moment hits both sides alike
        for case, (args, ready_line) in cases.items():
            for side, command in (("source", source), ("frozen", frozen)):
                wall, used = _timed([*command, *args], ready_line)
                times.setdefault((case, side), []).append(wall)
                cpu.setdefault((case, side), []).append(used)
    print(f"Start-up, {pupils}-pupil demo school, fastest (median) of {runs} interleaved runs; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:")
    print(f"  {'':8} {'source':>16} {'frozen':>16} {'frozen - source':>16}   "
          "CPU source / frozen (whole process)")
    verdict = 0
    for case in cases:
        src, frz = times[(case, "source")], times[(case, "frozen")]
        delta = min(frz) - min(src)
        over = case != "version" and delta > BUDGET_S
        verdict |= over
        print(f"  {case:8} {min(src):7.3f} ({statistics.median(src):5.3f}) s {min(frz):7.3f} "
              f"({statistics.median(frz):5.3f}) s {delta:+14.3f} s   "
              f"{min(cpu[(case, 'source')]):.3f} / {min(cpu[(case, 'frozen')]):.3f} s"
              + ("  OVER BUDGET" if over else ""))
    print(f"  budget: the frozen app at most {BUDGET_S:.2f} s slower for gui and check (wall, fastest run); "
          "on a busy machine the CPU column is the steadier comparison")
    print("Sizes:")
    files = sum(1 for _ in bundle.rglob("*"))
    print(f"  bundle   {bundle}: {_size(bundle) / 2**20:6.1f} MiB in {files} files")
    for installer in sorted((*bundle.parent.glob("*.deb"), *bundle.parent.glob("*setup*.exe"))):
        print(f"  installer {installer.name}: {installer.stat().st_size / 2**20:6.1f} MiB")
    return verdict


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "go-hgw-desktop")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pupils", type=int, default=400)
    args = parser.parse_args()
    if not (args.bundle / "go-hgw").is_file():
        sys.exit(f"no bundle in {args.bundle}: run `make bundle` first")
    if not os.environ.get(INSIDE):
        return _in_private_session(sys.argv[1:])
    return measure(args.bundle.resolve(), args.runs, args.pupils)


if __name__ == "__main__":
    sys.exit(main())
