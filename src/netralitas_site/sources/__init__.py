"""Finding and reading article files: the articles folder (read), bytes to text (decode), front
matter and side files as fields (fields), saved web pages (webpages and its page_* modules) and
web archives (warc), and the user's own fields applied: the per-article corrections
(corrections, official_corrections, correction_values) and the archive-wide curation.yaml
(curation). It reads the articles folder and never writes to it. It may import the article
model, problems, the lexicon and extraction's text helpers; the pipeline, extraction, the
archive, the settings and the commands import it."""
