"""What a run shows while it works: a live bar on a terminal, a plain line now and then
elsewhere (CI, cron), so that a long run is never silent."""
from __future__ import annotations

import time

from models import Document, ExtractionError


class Progress:
    """A live bar on a terminal; a plain line every `every` seconds otherwise (CI, cron)."""

    def __init__(self, total: int | None, log, every: float = 10.0):
        self.total, self.log, self.every = total, log, every
        self.docs = self.errors = self.words = 0
        self.start = self.last = time.monotonic()
        self.bar = None
        if getattr(log, "isatty", lambda: False)():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=log, dynamic_ncols=True)

    def update(self, item: Document | ExtractionError) -> None:
        if isinstance(item, Document):
            self.docs += 1
            self.words += len(item.text.split())
        else:
            self.errors += 1
        elapsed = time.monotonic() - self.start
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(words_s=f"{self.words / max(elapsed, 1e-9):,.0f}",
                                 errors=self.errors, refresh=False)
        elif time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            done = self.docs + self.errors
            eta = ""
            if self.total and done:
                eta = f", ETA {(self.total - done) * elapsed / done:,.0f} s"
            print(f"progress: {done:,}{f'/{self.total:,}' if self.total else ''} inputs, "
                  f"{self.words / max(elapsed, 1e-9):,.0f} words/s, {self.errors} errors{eta}",
                  file=self.log, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
