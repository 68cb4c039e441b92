"""Command line: `netralitas-site build` (also `python build.py`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .config import SiteConfig
from .output import OutputError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="netralitas-site", description="Build a news archive site from article files.")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build the site")
    add_build_options(build)
    return parser


def add_build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=Path, default=Path("articles"), help="folder of article files (default: articles/)")
    parser.add_argument("--out", type=Path, default=Path("site"), help="output folder (default: site/)")
    parser.add_argument("--base-url", default="", help="absolute URL the site is published at, for feed, sitemap and canonical links")
    parser.add_argument("--templates", type=Path, default=None, help="templates folder (default: templates/)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when there were problems")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--quiet", action="store_true", help="print only problems and errors")


def config_from(args: argparse.Namespace) -> SiteConfig:
    return SiteConfig(
        articles_dir=args.articles,
        output_dir=args.out,
        base_url=args.base_url,
        templates_dir=args.templates,
        strict=args.strict,
        jobs=args.jobs,
        quiet=args.quiet,
    )


def run_build(args: argparse.Namespace) -> int:
    from .pipeline import build_site

    if not args.articles.is_dir():
        print(f"netralitas-site: error: articles folder not found: {args.articles}", file=sys.stderr)
        return 2
    if args.jobs is not None and args.jobs < 1:
        print("netralitas-site: error: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        result = build_site(config_from(args))
    except OutputError as exc:
        print(f"netralitas-site: error: {exc}", file=sys.stderr)
        return 2
    for line in result.report.lines():
        print(line, file=sys.stderr)
    index = (args.out / "index.html").resolve()
    if not args.quiet:
        print(f"Open {index}")
    print(
        f"built {result.articles} articles, {result.pages} pages, {result.problems} problems "
        f"in {result.seconds:.2f} s -> {args.out}{os.sep}"
    )
    return 1 if args.strict and result.problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "build":
        return run_build(args)
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
