"""The site's pages: which pages there are and what each shows (pages; article_page, entities
and their listings, timeline, topics, quality), the Jinja environments that render them
(render), the page markup helpers (jsonld, pagination, charts), the feeds and sitemap (feeds),
search (search, search_index, search_shards, pagefind_index, pagefind_bundle), and everything
the site is made of, as files (assemble). It may import the archive, the article model, the open
data files (exports), the engine, extraction's text helpers (quality's fold) and the shared
helpers that stay at the top of the package because exports, extraction or the dev server use
them too (cards, urls, body, i18n, related); the pipeline, the commands and the dev server
import it."""
