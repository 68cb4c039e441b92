"""The open data files: the archive's records as JSON (files), its tables as CSV (tables) and as
one SQLite database (sqlite_export), the JSON Schemas, Frictionless and Datasette descriptions
(schemas) and the citation files (citations). It may import the archive, the article model, the
lexicon, URLs and the card and body helpers; the site's pages (site.assemble,
site.article_page) import it."""
