"""Files that appear whole or not at all: written under a temporary name, renamed at the end."""
from __future__ import annotations

import os
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_write(path: Path, mode: str = "w"):
    """Write to a temporary file beside `path`, rename it into place on success. The file gets
    the mode a plain `open()` would give it (mkstemp's is 0600, unreadable to the group)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, mode, encoding="utf-8", newline="" if "b" not in mode else None) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    """The process umask (reading it means setting it: done under a lock)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask
