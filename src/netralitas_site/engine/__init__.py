"""The build engine: content keys, the build cache, worker processes, incremental rendering,
staged output and stopping cleanly. It imports no stage of the pipeline: what it runs (the
page renderer, the per-article job) is handed to it by the caller."""
