"""`presslens serve`: the analyses and the corpus store over HTTP (FastAPI), with an analyse page, the
article view and a corpus dashboard."""
