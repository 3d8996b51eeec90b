"""Corpus-scale work: ingest into the store (local processes)."""
