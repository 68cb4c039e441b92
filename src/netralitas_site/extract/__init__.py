"""Pure extractors: article text and the lexicon in, values out. No files, no logging, no clock.

`article.extract_article` runs them in order for one source file.
"""
