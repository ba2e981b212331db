"""The output folder as one transaction: a run's tables and clean texts are written into a
fresh folder beside the output folder and swapped in when complete.

A run stopped at any moment (Ctrl-C, SIGKILL, a crash) leaves the previous complete output
in place; the half-written folder it leaves is removed by the next run. Files in the output
folder that the pipeline does not write (a review page, notes) are carried over.
"""

from __future__ import annotations

import ctypes
import os
import shutil
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False when the
    system cannot, and the caller falls back on two renames."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


class OutputFolder:
    """``with OutputFolder(out, managed) as new:`` write everything into ``new``; on a clean
    exit ``new`` becomes ``out``. ``managed`` are the names the run writes anew; every other
    entry of the old ``out`` is copied into ``new`` first."""

    def __init__(self, out: Path, managed: list[str]):
        self.out = Path(out)
        self.managed = set(managed)
        self.new: Path | None = None

    def _siblings(self, kind: str) -> list[Path]:
        parent = self.out.parent
        if not parent.is_dir():
            return []
        return sorted(parent.glob(f".{self.out.name}.{kind}-*"))

    def recover(self) -> None:
        """Undo what an interrupted run left: a half-written new folder goes; a previous
        output that was moved aside and not swapped back comes back."""
        for p in self._siblings("new"):
            shutil.rmtree(p, ignore_errors=True)
        for p in self._siblings("old"):
            if not self.out.exists():
                p.rename(self.out)
            else:
                shutil.rmtree(p, ignore_errors=True)

    def __enter__(self) -> Path:
        self.recover()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.new = self.out.parent / f".{self.out.name}.new-{os.getpid()}"
        self.new.mkdir()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.new, 0o777 & ~umask)
        if self.out.is_dir():
            for entry in self.out.iterdir():
                if entry.name in self.managed:
                    continue
                target = self.new / entry.name
                if entry.is_dir() and not entry.is_symlink():
                    shutil.copytree(entry, target, symlinks=True)
                else:
                    shutil.copy2(entry, target, follow_symlinks=False)
        return self.new

    def __exit__(self, exc_type, exc, tb) -> bool:
        assert self.new is not None
        if exc_type is not None:
            shutil.rmtree(self.new, ignore_errors=True)
            return False
        if not self.out.exists():
            self.new.rename(self.out)
        elif _exchange(self.new, self.out):
            shutil.rmtree(self.new)  # it holds the previous output now
        else:
            old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
            self.out.rename(old)
            self.new.rename(self.out)
            shutil.rmtree(old)
        return False
