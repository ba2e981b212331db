import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_ruff_clean():
    ruff = Path(sys.executable).parent / "ruff"
    exe = str(ruff) if ruff.exists() else shutil.which("ruff")
    assert exe, "ruff is a pinned dev dependency; install with pip install -e '.[dev]'"
    got = subprocess.run([exe, "check", "extract", "tests"], cwd=ROOT, capture_output=True, text=True)
    assert got.returncode == 0, got.stdout + got.stderr
