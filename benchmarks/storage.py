"""Storage benchmark: the same workload on SQLCipher and on plain SQLite, in one run.

Workload, through the app's own storage layer and services:
  create   new store (schema by migrations) + demo school of 2,000 pupils
  insert   100,000 observations in one transaction
  open     opening the store (key, pragmas, schema version check), 20 times
  scan     full-scan reads over the observations (LIKE on the text), 20 times
  list     the pupil list for the school year, 20 times
  dashboard  200 dashboard queries
Each phase runs on both stores, alternating, best of ``--repeat`` rounds; the
ratio encrypted/plain is printed per phase and in total. Budget: at most 1.3x.

  python benchmarks/storage.py [--pupils 2000] [--observations 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text

from go_hgw_desktop.domain.choices import ObservationSource, Role
from go_hgw_desktop.services import dashboard, pupils, school
from go_hgw_desktop.services.demo import SIGNALS, fill_demo
from go_hgw_desktop.storage import migrate
from go_hgw_desktop.storage import models as m
from go_hgw_desktop.storage.db import create_store_engine
from go_hgw_desktop.storage.keys import new_database_key
from go_hgw_desktop.storage.store import Store

BUDGET = 1.3
TODAY = date(2026, 11, 25)


def _open(path: Path, key: bytes | None, create: bool = False) -> Store:
    engine = create_store_engine(path, key, create=create)
    if create:
        migrate.upgrade(engine)
    else:
        migrate.bring_up_to_date(engine, path, key or b"")
    return Store(path, engine)


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


class Workload:
    def __init__(self, directory: Path, key: bytes | None, pupils_n: int, observations_n: int):
        self.path = directory / "bench.db"
        self.key = key
        self.pupils_n = pupils_n
        self.observations_n = observations_n

    def create(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        store = _open(self.path, self.key, create=True)
        fill_demo(store, pupils=self.pupils_n, seed=1, today=TODAY)
        store.close()

    def insert(self) -> None:
        store = _open(self.path, self.key)
        rng = random.Random(2)
        texts = [t for group in SIGNALS.values() for t in group]
        with store.transaction() as session:
            cycle_ids = session.scalars(select(m.CycleRecord.id)).all()
            rows = [
                {
                    "cycle_id": rng.choice(cycle_ids),
                    "observed_on": TODAY - timedelta(days=rng.randint(0, 700)),
                    "source": rng.choice(list(ObservationSource)),
                    "text": f"{rng.choice(texts)} (notitie {i})",
                    "author_role": Role.KLASLERAAR,
                    "confidential": False,
                }
                for i in range(self.observations_n)
            ]
            session.execute(insert(m.ObservationRecord), rows)
        store.close()

    def open(self) -> None:
        for _ in range(20):
            _open(self.path, self.key).close()

    def with_store(self, action) -> float:
        store = _open(self.path, self.key)
        try:
            return _timed(lambda: action(store))
        finally:
            store.close()

    @staticmethod
    def scan(store: Store) -> None:
        with store.transaction() as session:
            for word in ("lezen", "speelplaats", "ouders", "toets", "klas") * 4:
                session.scalar(
                    select(func.count()).select_from(m.ObservationRecord)
                    .where(m.ObservationRecord.text.like(f"%{word}%"))
                )

    @staticmethod
    def pupil_list(store: Store) -> None:
        year = school.current_school_year(store)
        for _ in range(20):
            pupils.list_pupils(store, year, today=TODAY)

    @staticmethod
    def dashboards(store: Store) -> None:
        for _ in range(200):
            dashboard.dashboard(store, today=TODAY)


def _cache_effect(work: Workload) -> tuple[float, float]:
    """Full-scan time on the encrypted store with SQLite's default cache vs ours."""
    store = _open(work.path, work.key)
    try:
        with store.engine.connect() as conn:
            results = []
            for pragma in ("PRAGMA cache_size = -2000", "PRAGMA cache_size = -65536"):
                conn.exec_driver_sql(pragma)
                query = text("SELECT count(*) FROM observation WHERE text LIKE '%lezen%'")
                conn.execute(query).scalar()  # warm
                results.append(min(_timed(lambda q=query: conn.execute(q).scalar()) for _ in range(5)))
            return results[0], results[1]
    finally:
        store.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--observations", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    root = Path(tempfile.mkdtemp(prefix="go-hgw-bench-"))
    try:
        (root / "enc").mkdir()
        (root / "plain").mkdir()
        works = {
            "sqlcipher": Workload(root / "enc", new_database_key(), args.pupils, args.observations),
            "sqlite": Workload(root / "plain", None, args.pupils, args.observations),
        }
        phases = {
            "create": lambda w: _timed(w.create),
            "insert": lambda w: _timed(w.insert),
            "open": lambda w: _timed(w.open),
            "scan": lambda w: w.with_store(Workload.scan),
            "list": lambda w: w.with_store(Workload.pupil_list),
            "dashboard": lambda w: w.with_store(Workload.dashboards),
        }
        best: dict[str, dict[str, float]] = {name: {} for name in works}
        for round_no in range(args.repeat):
            order = list(works) if round_no % 2 == 0 else list(reversed(works))
            for phase, run in phases.items():
                for name in order:
                    elapsed = run(works[name])
                    best[name][phase] = min(best[name].get(phase, float("inf")), elapsed)

        size = {n: w.path.stat().st_size / 1e6 for n, w in works.items()}
        print(f"GO! HGW storage benchmark: {args.pupils} pupils, {args.observations} observations, "
              f"best of {args.repeat} rounds (store {size['sqlcipher']:.1f} MB encrypted, "
              f"{size['sqlite']:.1f} MB plain)")
        print(f"{'phase':<11}{'sqlcipher s':>13}{'sqlite s':>11}{'ratio':>8}")
        ratios = []
        for phase in phases:
            enc, plain = best["sqlcipher"][phase], best["sqlite"][phase]
            ratios.append(enc / plain)
            print(f"{phase:<11}{enc:>13.3f}{plain:>11.3f}{enc / plain:>8.2f}")
        total_enc = sum(best["sqlcipher"].values())
        total_plain = sum(best["sqlite"].values())
        ratio = total_enc / total_plain
        print(f"{'total':<11}{total_enc:>13.3f}{total_plain:>11.3f}{ratio:>8.2f}")
        print(f"geometric mean of phase ratios: {statistics.geometric_mean(ratios):.2f}")
        slow, fast = _cache_effect(works["sqlcipher"])
        print(f"full scan on the encrypted store: {slow * 1000:.1f} ms with SQLite's default 2 MB "
              f"cache, {fast * 1000:.1f} ms with the app's 64 MB cache ({slow / fast:.1f}x)")
        verdict = "within" if ratio <= BUDGET else "OVER"
        print(f"encrypted/plain = {ratio:.2f} ({verdict} budget {BUDGET}x)")
        return 0 if ratio <= BUDGET else 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
