"""A throwaway PostgreSQL server for the store tests: initdb in a temporary folder, listening
only on a Unix socket there. Found via PATH or Debian's /usr/lib/postgresql/*/bin."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path


def binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(candidates[-1]).parent if candidates else None


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI and these machines run the tests as root
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class Server:
    def __init__(self) -> None:
        bindir = binaries()
        if bindir is None:
            raise FileNotFoundError("no PostgreSQL server binaries (pg_ctl, initdb) found")
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="claimtrack-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.data = self.folder / "data"

    def start(self) -> str:
        run = lambda *args: subprocess.run(_as_server_user(list(args)), check=True, capture_output=True)  # noqa: E731
        run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.folder / "log"), "-o",
            f"-k {self.folder} -c listen_addresses='' -c fsync=off", "start")
        return f"postgresql://postgres@/postgres?host={self.folder}"

    def new_database(self, url: str, name: str) -> str:
        import psycopg

        with psycopg.connect(url, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{name}"')
            db.execute(f'CREATE DATABASE "{name}"')
        return url.replace("/postgres?", f"/{name}?")

    def stop(self) -> None:
        subprocess.run(_as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"]),
                       capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)
