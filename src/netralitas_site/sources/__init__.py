"""Finding and reading article files: the articles folder, decoding and front matter (read),
saved web pages (webpages and its page_* modules) and web archives (warc), and the user's own
side files: the per-article corrections (corrections) and the archive-wide curation.yaml
(curation). It reads the articles folder and never writes to it. It may import the article model,
problems, the lexicon and extraction's text helpers; the pipeline, extraction, the archive, the
settings and the commands import it."""
