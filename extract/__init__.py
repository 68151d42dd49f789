"""news-extract: people, roles, organisations, dates and planned actions from press releases."""
import os as _os

__version__ = "0.1.0"

# Set by `news-extract run` for the worker processes it starts. Ctrl-C reaches every process
# of the terminal's group, and each worker would print a traceback of its own: workers ignore
# it from their first import of this package on, and the main process stops them and prints
# the one line.
WORKER_ENV = "NEWS_EXTRACT_WORKER"
if _os.environ.get(WORKER_ENV) == "1":
    import signal as _signal
    import threading as _threading

    if _threading.current_thread() is _threading.main_thread():
        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
