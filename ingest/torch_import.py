"""One thread at a time through the first `import torch`.

The embedder loads in a background thread while the answering thread may load spaCy for masking
the log, and spaCy imports torch too (through thinc). Two threads inside torch's first import at
once can leave it half-initialised (seen once here: "'prims' object has no attribute 'frexp'",
so the embedder did not load and retrieval stayed sparse; pytorch/pytorch#182560): whoever comes
second waits for the whole import.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()


def import_torch() -> None:
    """Import torch fully before anything that pulls it in; ImportError if it is not installed."""
    with _lock:
        import torch  # noqa: F401
