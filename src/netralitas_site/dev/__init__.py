"""The dev server behind `netralitas-site serve`: serving the built site on loopback, watching
the articles, templates and site.yaml, rebuilding on change and the live-reload script. It may
import the pipeline, the engine and the settings; only the command line imports it."""
