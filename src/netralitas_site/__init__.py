"""netralitas-site: a static-site generator for an archive of Indonesian news articles."""

__version__ = "0.1.0"
