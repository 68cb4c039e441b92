"""Command line: `netralitas-site build|serve|check|new|add|eval` (`python build.py` is `build`).

Each command reads its settings (site.yaml, then flags), calls one module that does the job and
turns the outcome into output and an exit code: 0 ok, 1 problems with --strict or a refused
action, 2 bad usage (unknown option, unusable folder or configuration).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..config import SiteConfig
from ..engine.output_paths import OutputError
from ..engine.stopping import STOP_SIGNALS
from ..siteconfig import ConfigError, load_config


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netralitas-site", description="Build a news archive site from article files."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_build_options(commands.add_parser("build", help="build the site"))
    add_serve_options(
        commands.add_parser(
            "serve", help="build, serve on 127.0.0.1 and rebuild and reload on change"
        )
    )
    add_check_options(
        commands.add_parser(
            "check", help="report problems and what was extracted, without writing the site"
        )
    )
    add_new_options(commands.add_parser("new", help="create an article file ready to fill"))
    add_add_options(
        commands.add_parser("add", help="fetch news pages by address into the articles folder")
    )
    evaluate = commands.add_parser(
        "eval", help="score extraction against a labeled folder (articles/ and gold/)"
    )
    evaluate.add_argument("dir", type=Path, help="folder holding articles/ and gold/")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    evaluate.add_argument(
        "--draft",
        nargs="?",
        const=True,
        default=None,
        metavar="OUT",
        help="write the current extraction as gold files to review (into OUT, default DIR/draft)",
    )
    return parser


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help="site configuration file (default: ./site.yaml when present)",
    )


def add_source_options(parser: argparse.ArgumentParser) -> None:
    add_config_option(parser)
    parser.add_argument(
        "--articles", type=Path, default=None, help="folder of article files (default: articles/)"
    )
    parser.add_argument(
        "--jobs", type=int, default=None, help="worker processes (default: all cores)"
    )


def add_site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base-url",
        default=None,
        help="absolute URL the site is published at, for feed, sitemap and canonical links",
    )
    parser.add_argument(
        "--templates",
        type=Path,
        default=None,
        help="your templates folder: its files replace the shipped ones of the same name (default: templates/ when present)",
    )


def add_build_options(parser: argparse.ArgumentParser) -> None:
    add_source_options(parser)
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: site/)")
    add_site_options(parser)
    parser.add_argument("--strict", action="store_true", help="exit 1 when there were problems")
    parser.add_argument("--quiet", action="store_true", help="print only problems and errors")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="build from scratch, ignoring what the build cache (<out>.cache/) holds",
    )
    parser.add_argument(
        "--timings",
        action="store_true",
        help="print the seconds and memory of each stage of the build",
    )


def add_serve_options(parser: argparse.ArgumentParser) -> None:
    add_source_options(parser)
    add_site_options(parser)
    parser.add_argument(
        "--port",
        type=int,
        default=8000,
        help="port on 127.0.0.1 (default: 8000; 0 picks a free one)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="build into this folder and keep it (default: a temporary folder, removed on exit)",
    )


def add_check_options(parser: argparse.ArgumentParser) -> None:
    add_source_options(parser)
    parser.add_argument("--strict", action="store_true", help="exit 1 when there were problems")
    parser.add_argument(
        "--all", action="store_true", help="list every entry, not the first ten of each kind"
    )


def add_new_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("title", help='the headline, e.g. "Bupati Ingatkan ASN Jaga Netralitas"')
    parser.add_argument(
        "--outlet", required=True, help="the outlet that published it, e.g. Kabaminang.com"
    )
    parser.add_argument("--date", default=None, help="publication date YYYY-MM-DD (default: today)")
    add_config_option(parser)
    parser.add_argument(
        "--articles",
        type=Path,
        default=None,
        help="folder to create the file in (default: articles/)",
    )


def add_add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "urls", nargs="*", metavar="URL", help="address of a news page (https://...)"
    )
    parser.add_argument(
        "--from",
        dest="from_file",
        type=Path,
        default=None,
        metavar="FILE",
        help="read addresses from FILE, one a line ('#' starts a comment)",
    )
    add_config_option(parser)
    parser.add_argument(
        "--articles",
        type=Path,
        default=None,
        help="folder to store the pages in (default: articles/)",
    )
    parser.add_argument(
        "--timeout", type=float, default=20.0, help="seconds to wait for a server (default: 20)"
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=2,
        help="tries after a timeout or a server error (default: 2)",
    )


def fail(message: str, code: int = 2) -> int:
    print(f"netralitas-site: error: {message}", file=sys.stderr)
    return code


def settings(args: argparse.Namespace, **overrides) -> SiteConfig:
    """site.yaml (or --config) with the flags given on top; raises ConfigError."""
    return load_config(args.config, **overrides)


def source_overrides(args: argparse.Namespace) -> dict:
    return {"articles_dir": args.articles, "jobs": args.jobs}


def site_overrides(args: argparse.Namespace) -> dict:
    return {**source_overrides(args), "base_url": args.base_url, "templates_dir": args.templates}


def usable_sources(config: SiteConfig) -> str | None:
    """Why the articles cannot be read with these settings, or None."""
    if not config.articles_dir.is_dir():
        return f"articles folder not found: {config.articles_dir}"
    if config.jobs is not None and config.jobs < 1:
        return "--jobs must be at least 1"
    return None


def usable_templates(config: SiteConfig) -> str | None:
    """Why the user's templates folder cannot be used, or None (the shipped ones always can)."""
    if config.templates_dir is not None and not config.templates_dir.is_dir():
        return f"templates folder not found: {config.templates_dir}"
    return None


def run_build(args: argparse.Namespace) -> int:
    from ..pipeline import build_site
    from ..site.render import TemplateFailure

    config = settings(
        args, **site_overrides(args), output_dir=args.out, strict=args.strict, quiet=args.quiet
    )
    problem = usable_sources(config) or usable_templates(config)
    if problem:
        return fail(problem)
    if args.timings:
        os.environ["NETRALITAS_TIMINGS"] = "1"
    stop_on_terminate()  # SIGTERM (a CI timeout, `kill`), SIGHUP unwind like Ctrl+C: workers stopped, temporary files removed
    try:
        result = build_site(config, fresh=args.no_cache)
        if STOPS:  # the stop's exception was raised in a finalizer, which Python ignores
            raise Terminated(STOPS[0])
    except OutputError as exc:
        return fail(str(exc))
    except TemplateFailure as exc:  # the user's template, named by file and line: no traceback
        for template_problem in exc.problems:
            print(template_problem, file=sys.stderr)
        return fail("a template could not be used, so the build stopped; fix it and build again", 1)
    except KeyboardInterrupt as exc:
        from ..site.pagefind_index import remove_own_folders

        remove_own_folders(tempfile.gettempdir())
        return fail(
            f"interrupted before the build finished; build again to bring {config.output_dir} up to date",
            getattr(exc, "exit_code", 130),
        )
    for number in (
        STOP_SIGNALS
    ):  # the site is whole: a stop now would only cut the summary short with a traceback
        signal.signal(number, signal.SIG_IGN)
    for line in result.report.lines():
        print(line, file=sys.stderr)
    if not config.quiet:
        print(f"Open {(config.output_dir / 'index.html').resolve()}")
    print(
        f"built {result.articles} articles, {result.pages} pages, {result.problems} problems "
        f"in {result.seconds:.2f} s -> {config.output_dir}{os.sep}"
    )
    return 1 if config.strict and result.problems else 0


def run_serve(args: argparse.Namespace) -> int:
    from ..dev.serve import DevServer

    overrides = site_overrides(args)
    config = settings(args, **overrides)
    problem = (
        usable_sources(config)
        or usable_templates(config)
        or (None if 0 <= args.port <= 65535 else "--port must be between 0 and 65535")
    )
    if problem:
        return fail(problem)
    server = DevServer(
        config,
        port=args.port,
        out_dir=args.out,
        config_path=args.config or Path("site.yaml"),
        reload_config=lambda: settings(args, **overrides),
    )
    try:
        server.start()
    except OSError as exc:
        return fail(
            f"cannot serve on 127.0.0.1:{args.port}: {exc.strerror or exc}; try --port 0 for a free port"
        )
    except OutputError as exc:
        return fail(str(exc))
    kept = "removed on exit" if server.temporary else "kept"
    print(
        f"Serving {server.url} (built into {server.out_dir}{os.sep}, {kept}; Ctrl+C to stop)",
        flush=True,
    )
    stop_on_terminate()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


class Terminated(KeyboardInterrupt):
    """Ctrl+C, SIGTERM or SIGHUP, unwinding like Ctrl+C; the exit code is what a shell reports
    for a process the signal ended, 128 + its number (130, 143, 129)."""

    def __init__(self, signum: int = signal.SIGTERM):
        super().__init__(signal.Signals(signum).name)
        self.exit_code = 128 + signum


# The stops the handler acted on. Its exception, raised inside a finalizer, would be lost ('Exception
# ignored in ... __del__') and the build would go on: there it raises none, and run_build acts
# on the stop when the build ends
STOPS: list[int] = []


def _in_a_finalizer(frame) -> bool:
    """Whether the signal came while a finalizer (`__del__`) ran, at any depth of the stack."""
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def stop_on_terminate() -> None:
    """Ctrl+C, SIGTERM and SIGHUP (a closed terminal) end `serve` or `build` by unwinding, so
    that child processes are stopped and waited for and temporary folders removed (the default
    action of the last two ends Python without running any cleanup). Only the first one raises:
    a second one, while the first is being acted on, would cut the cleanup short."""

    def interrupt(signum, frame):
        for number in STOP_SIGNALS:
            signal.signal(number, lambda number, frame: None)
        STOPS.append(signum)
        if _in_a_finalizer(frame):
            return  # raised there it would be lost ('Exception ignored'): acted on later
        raise Terminated(signum)

    STOPS.clear()
    if threading.current_thread() is threading.main_thread():
        for number in STOP_SIGNALS:
            signal.signal(number, interrupt)


def run_check(args: argparse.Namespace) -> int:
    from ..pipeline import load_archive
    from .check import summarise, summary_lines

    config = settings(args, **source_overrides(args), strict=args.strict)
    problem = usable_sources(config)
    if problem:
        return fail(problem)
    started = time.perf_counter()
    archive, report = load_archive(config)
    for line in report.lines():
        print(line, file=sys.stderr)
    for line in summary_lines(summarise(archive, config.articles_dir), show_all=args.all):
        print(line)
    print(
        f"checked {len(archive.articles)} articles, {report.count} problems in {time.perf_counter() - started:.2f} s"
    )
    return 1 if config.strict and report.count else 0


def run_new(args: argparse.Namespace) -> int:
    from .scaffold import ScaffoldError, create_article, parse_date

    config = settings(args, articles_dir=args.articles)
    if not args.title.strip() or not args.outlet.strip():
        return fail("the title and --outlet must not be empty")
    try:
        day = parse_date(args.date) if args.date is not None else dt.date.today()
    except ValueError as exc:
        return fail(f"--date: {exc}")
    try:
        path = create_article(config.articles_dir, args.title, day, args.outlet)
    except ScaffoldError as exc:
        return fail(str(exc), code=1)
    print(f"created {path}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from .fetch import Fetcher, FetchError, already_added, read_address_list, store

    config = settings(args, articles_dir=args.articles)
    urls = list(args.urls)
    if args.from_file is not None:
        try:
            urls += read_address_list(args.from_file)
        except OSError as exc:
            return fail(f"--from {args.from_file}: {exc.strerror or exc}")
    if not urls:
        return fail("give the address of at least one page, or --from FILE")
    if args.timeout <= 0 or args.retries < 0:
        return fail("--timeout must be more than 0 and --retries at least 0")
    known = already_added(config.articles_dir)
    added = failed = 0
    fetcher = Fetcher(timeout=args.timeout, retries=args.retries)
    stop_on_terminate()
    try:
        for url in dict.fromkeys(urls):
            if url in known:
                print(f"{url}: already added as {known[url]}; not fetched again")
                continue
            try:
                fetched = fetcher.fetch(url)
                if fetched.url in known:
                    print(
                        f"{url}: already added as {known[fetched.url]} (from {fetched.url}); not stored again"
                    )
                    continue
                result = store(config.articles_dir, fetched)
            except FetchError as exc:
                failed += 1
                print(f"{url}: error: {exc}; nothing written", file=sys.stderr)
                continue
            except OSError as exc:
                failed += 1
                print(
                    f"{url}: error: could not write into {config.articles_dir}: {exc.strerror or exc}; nothing written",
                    file=sys.stderr,
                )
                continue
            known[fetched.url] = result.page
            added += 1
            moved = f", from {fetched.url}" if fetched.url != url else ""
            print(
                f"added {result.page} (HTTP {fetched.status}, {len(fetched.body) / 1024:.0f} kB{moved}) and {result.side.name}"
            )
    except KeyboardInterrupt as exc:
        return fail(f"interrupted; {added} page(s) added before", getattr(exc, "exit_code", 130))
    finally:
        fetcher.close()
    print(f"added {added} page(s), {failed} failed")
    return 1 if failed else 0


def run_eval(args: argparse.Namespace) -> int:
    evaluate = importlib.import_module(
        "netralitas_site.commands.evaluate"
    )  # imported only when asked for

    if args.draft is not None:
        return evaluate.run_draft(Path(args.dir), None if args.draft is True else Path(args.draft))
    extra = {"verbose": True} if args.verbose else {}
    return evaluate.run_eval(Path(args.dir), args.json, **extra)


COMMANDS = {
    "build": run_build,
    "serve": run_serve,
    "check": run_check,
    "new": run_new,
    "add": run_add,
    "eval": run_eval,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
