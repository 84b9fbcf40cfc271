"""Knowledge base ingestion and retrieval, one job per module (Haystack-like):

loaders (file -> Document) -> chunking (Document -> verbatim spans) -> contradictions (seed flags)
-> index (hash-incremental build: Chroma + BM25, staged and swapped) -> retrieve (dense and sparse
kept apart, fusion, authority and validity weighting). `from ingest.retrieve import get_retriever`.
"""
