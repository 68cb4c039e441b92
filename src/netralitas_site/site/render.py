"""The Jinja environments, one per interface language: autoescaped, strict, translated with
Babel catalogs, with relative links and dates written by Babel (never the OS locale).

Filters that depend on the page read it from the template context: `page_path` (where the page
is, for relative links) and `lang` (which language's pages the links go to and how dates read).

Templates are looked up in a search path, the user's folder first and the shipped one second, so
a user's folder overrides file by file. A template that cannot be compiled or rendered fails the
build with `template.html:line: error: ...` (TemplateFailure), never a traceback.
"""

from __future__ import annotations

import ast
import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    pass_context,
    select_autoescape,
)
from jinja2.ext import Extension
from markupsafe import Markup

from ..i18n import translations
from ..problems import Problem, error
from ..urls import DEFAULT_LANGUAGE, LANGUAGES, localized, relative_url

LOCALE = DEFAULT_LANGUAGE


@lru_cache(maxsize=65536)
def _relative(target: str, from_page: str) -> str:
    return relative_url(target, from_page)


@pass_context
def _url(context, target: str) -> str:
    """Link to a page, in the language of the current page."""
    return _asset(
        context,
        localized(target, context.get("lang", LOCALE), context.get("root_lang", DEFAULT_LANGUAGE)),
    )


@pass_context
def _asset(context, target: str) -> str:
    """Link to a file that has one version for every language: CSS, scripts, data, feeds.
    Relative, but from the site's root path where the context gives one (`root_url`: the 404
    page, which a host shows at any address)."""
    root = context.get("root_url")
    return root + target if root else _relative(target, context["page_path"])


@lru_cache(maxsize=65536)
def _format(value: date, pattern: str, locale: str) -> str:
    return format_date(value, pattern, locale=locale)


def long_date(value: date | None, locale: str = LOCALE) -> str:
    """'Rabu, 6 November 2024' (Babel, never the OS locale)."""
    if value is None:
        return "tanpa tanggal" if locale == "id" else "undated"
    return _format(value, "EEEE, d MMMM y", locale)


def short_date(value: date | None, locale: str = LOCALE) -> str:
    if value is None:
        return "—"
    return _format(value, "d MMM y", locale)


def month_name(value: date, locale: str = LOCALE) -> str:
    return _format(value, "MMMM y", locale)


def _localized_filter(function):
    @pass_context
    def apply(context, value, *args):
        return function(value, context.get("lang", LOCALE), *args)

    return apply


@lru_cache(maxsize=4096)
def _number(value: int, locale: str) -> str:
    return format_decimal(value, locale=locale)


def json_ld(data: dict) -> Markup:
    """JSON for a <script type="application/ld+json"> block: '<', '>' and '&' escaped, so no text
    in the data can close the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


CONSTANT_GETTEXT = re.compile(r"""\b_\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\)""")


class ConstantGettext(Extension):
    """Translates `_("literal")` once, when the template is compiled for its language, instead
    of on every render: each environment has one language, and most interface strings are
    constants (about fifty a page). Calls with arguments stay runtime gettext; extraction
    (Babel) reads the template files, so it still sees every string."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        translate = self.environment.constant_gettext  # type: ignore[attr-defined]  # set by make_env below

        def replace(m: re.Match) -> str:
            text = ast.literal_eval(m.group(1))
            if "%" in text:
                return m.group(0)  # newstyle gettext would %-format it: leave it to runtime
            translated = translate(text)
            return '"' + translated.replace("\\", "\\\\").replace('"', '\\"') + '"'

        return CONSTANT_GETTEXT.sub(replace, source)


def make_environments(
    templates: Path | tuple[Path, ...], compiled: Path | None, root: str
) -> dict[str, Environment]:
    """The pages' environments, one per interface language; `compiled`: the folder of their
    compiled templates, one subfolder per language (None: compiled in memory)."""
    return {
        lang: make_environment(templates, lang, compiled / lang if compiled else None, root=root)
        for lang in LANGUAGES
    }


def make_environment(
    templates: Path | tuple[Path, ...],
    lang: str = LOCALE,
    cache_dir: Path | None = None,
    root: str = DEFAULT_LANGUAGE,
) -> Environment:
    """The environment of the pages in `lang`; `templates`: one folder, or the search path (the
    user's folder, then the shipped one); `root`: the language at the site's root."""
    folders = [templates] if isinstance(templates, (str, Path)) else list(templates)
    env = Environment(
        loader=FileSystemLoader([str(folder) for folder in folders]),
        autoescape=select_autoescape(["html", "xml", "svg"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n", ConstantGettext],
        bytecode_cache=_bytecode_cache(cache_dir),
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]  # by jinja2.ext.i18n
    env.constant_gettext = translations(lang).gettext  # type: ignore[attr-defined]  # read by ConstantGettext
    env.globals["lang"] = lang
    env.globals["root_lang"] = (
        root  # pages in this language live under '<lang>/' unless it is the root's
    )
    env.filters["url"] = _url
    env.filters["asset"] = _asset
    env.filters["long_date"] = _localized_filter(long_date)
    env.filters["short_date"] = _localized_filter(short_date)
    env.filters["month_name"] = _localized_filter(month_name)
    env.filters["date_pattern"] = _localized_filter(
        lambda value, locale, pattern: _format(value, pattern, locale)
    )
    env.filters["num"] = _localized_filter(_number)
    env.filters["json_ld"] = json_ld
    return env


class _CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, which never fails a build: a template that cannot be
    stored is compiled again next time (Jinja's own would raise on a folder it cannot write)."""

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()


def _bytecode_cache(folder: Path | None) -> FileSystemBytecodeCache | None:
    """Compiled templates kept in `folder`, which must hold only this environment's: the code
    compiled depends on the language (ConstantGettext) and on this package, which Jinja's own
    check (the template's source) does not see. None (compile every time) if it cannot be made."""
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _CompiledTemplates(str(folder))


class TemplateFailure(Exception):
    """Templates that cannot be compiled or rendered: `problems` say where, as the user opens
    the file. Picklable, so a rendering worker can hand it to the build."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    def __reduce__(self):
        return (TemplateFailure, (self.problems,))


def render_page(env: Environment, template: str, page_path: str, context: dict) -> str:
    try:
        return env.get_template(template).render(page_path=page_path, **context)
    except Exception as exc:
        problem = template_problem(exc, template, page_path)
        if problem is None:
            raise  # not the template's doing: a bug, with its traceback
        raise TemplateFailure([problem]) from None


def compile_templates(env: Environment, names) -> None:
    """Compile the templates `names` (the pages' own; those they extend or include are compiled
    when rendered): every syntax error at once, before any page is rendered, and compiled once
    here rather than in each worker."""
    problems = []
    for name in sorted(set(names)):
        try:
            env.get_template(name)
        except Exception as exc:
            problem = template_problem(exc, name)
            if problem is None:
                raise
            problems.append(problem)
    if problems:
        raise TemplateFailure(problems)


def template_problem(
    exc: BaseException, template: str, page_path: str | None = None
) -> Problem | None:
    """`exc` raised by compiling or rendering `template` as a problem at the template's line,
    or None when no template is to blame (the exception came from Python code alone).

    A syntax error knows its file and line; for an error raised while rendering, the line is
    the innermost template frame of the traceback (Jinja rewrites frames to template lines)."""
    if isinstance(exc, TemplateSyntaxError):
        path = exc.filename or exc.name or template
        return error(path, exc.lineno, "template-syntax", f"template syntax: {exc.message}")
    frame = _template_frame(exc)
    rendering = f" (rendering {page_path})" if page_path else ""
    if isinstance(exc, TemplateNotFound):
        message = f"template {exc.name!r} not found in {_folders_of(exc)}"
        path, line = frame or (template, None)
        return error(path, line, "template-missing", message + rendering)
    if frame is None:
        return (
            error(template, None, "template-error", f"{exc}{rendering}")
            if isinstance(exc, TemplateError)
            else None
        )
    kind = "" if isinstance(exc, TemplateError) else f"{type(exc).__name__}: "
    return error(frame[0], frame[1], "template-error", f"{kind}{exc}{rendering}")


def _template_frame(exc: BaseException) -> tuple[str, int] | None:
    """(template file, line) of the innermost frame of `exc`'s traceback that is template code."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        if (
            "__jinja_exception__" in tb.tb_frame.f_globals
        ):  # a frame Jinja rewrote to the template's line
            found = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _folders_of(exc: TemplateNotFound) -> str:
    """The search paths Jinja's message names, or 'the templates folders'."""
    message = exc.message or ""
    marker = "not found in search "
    return (
        message.split(marker, 1)[1].split(": ", 1)[1]
        if marker in message
        else "the templates folders"
    )
