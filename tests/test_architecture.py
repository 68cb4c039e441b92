"""The package's shape: stages import the ones before them, never the ones after (docs/architecture.md).

Read with `ast` from the source files; nothing of the package is imported. An edge A -> B is an
import that runs when A is imported: at the top of A's body (also inside a top-level `if`, `try`,
`with` or class body), not inside a function and not under `if TYPE_CHECKING:`.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = "netralitas_site"
ROOT = Path(__file__).resolve().parent.parent / "src" / PACKAGE
LONGEST_CHAIN = 10  # modules on the longest chain of top-level imports
TOP_LEVEL_MODULES = 20
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 40
SHORT_FUNCTIONS = 0.9  # the share of functions at most MAX_FUNCTION_LINES long
ENGINE_MAY_IMPORT = {f"{PACKAGE}.problems"}


@cache
def modules() -> dict[str, Path]:
    """Dotted module name -> file ('netralitas_site.site.pages'; a package is its __init__.py)."""
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = (PACKAGE, *path.relative_to(ROOT).with_suffix("").parts)
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


@cache
def tree(name: str) -> ast.Module:
    return ast.parse(modules()[name].read_text("utf-8"), str(modules()[name]))


def imported(name: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The package's modules an import statement of module `name` loads."""
    known = modules()
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in known}
    if node.level:
        here = name.split(".") if known[name].name == "__init__.py" else name.split(".")[:-1]
        base = ".".join(here[: len(here) - node.level + 1] + ([node.module] if node.module else []))
    else:
        base = node.module or ""
    submodules = {f"{base}.{alias.name}" for alias in node.names} & known.keys()
    rest = len(submodules) < len(node.names) and base in known
    return submodules | ({base} if rest else set())


def _type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def top_level_imports(body: list[ast.stmt]):
    """The import statements of `body` that run when the module is imported."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _type_checking(node):
                yield from top_level_imports(node.body)
            yield from top_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, *(h.body for h in node.handlers), node.orelse, node.finalbody):
                yield from top_level_imports(block)
        elif isinstance(node, ast.With | ast.ClassDef):
            yield from top_level_imports(node.body)


@cache
def edges() -> dict[str, frozenset[str]]:
    """Module -> the package's modules its top-level imports load."""
    return {
        name: frozenset(
            target
            for node in top_level_imports(tree(name).body)
            for target in imported(name, node)
            if target != name
        )
        for name in modules()
    }


def short(chain) -> str:
    return " -> ".join(m.removeprefix(PACKAGE + ".") for m in chain)


def find_cycle() -> list[str] | None:
    graph, state, stack = edges(), {}, []

    def visit(module: str) -> list[str] | None:
        state[module] = "open"
        stack.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                return stack[stack.index(target) :] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[module] = "done"
        return None

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return None


def longest_chain() -> list[str]:
    graph = edges()

    @cache
    def from_(module: str) -> tuple[str, ...]:
        return (module, *max((from_(t) for t in sorted(graph[module])), key=len, default=()))

    return list(max((from_(m) for m in sorted(graph)), key=len))


def test_no_module_imports_itself_back_through_others():
    cycle = find_cycle()
    assert cycle is None, f"import cycle: {short(cycle or [])}"


def test_the_longest_chain_of_imports_is_at_most_ten_modules():
    assert find_cycle() is None  # a chain is measured on the graph without cycles
    chain = longest_chain()
    assert len(chain) <= LONGEST_CHAIN, (
        f"{len(chain)} modules (at most {LONGEST_CHAIN}): {short(chain)}"
    )


def test_the_package_top_holds_at_most_twenty_modules():
    top = sorted(p.name for p in ROOT.glob("*.py") if p.name != "__init__.py")
    assert len(top) <= TOP_LEVEL_MODULES, f"{len(top)} modules at the top: {', '.join(top)}"


def test_the_engine_imports_only_problems_from_outside_the_engine():
    """Every import, top-level or not: the engine (cache, workers, output) knows no stage."""
    engine = f"{PACKAGE}.engine"
    outside = sorted(
        f"{short([name])} imports {short([target])}"
        for name in modules()
        if name == engine or name.startswith(engine + ".")
        for node in ast.walk(tree(name))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for target in imported(name, node)
        if not (target == engine or target.startswith(engine + "."))
        and target not in ENGINE_MAY_IMPORT
    )
    assert outside == []


def test_no_module_is_over_five_hundred_lines():
    sizes = {name: len(path.read_text("utf-8").splitlines()) for name, path in modules().items()}
    over = sorted(((n, name) for name, n in sizes.items() if n > MAX_MODULE_LINES), reverse=True)
    listed = ", ".join(f"{short([name])} ({n})" for n, name in over)
    assert over == [], f"over {MAX_MODULE_LINES} lines: {listed}"


def test_nine_functions_in_ten_are_at_most_forty_lines():
    lengths = [
        (node.end_lineno - node.lineno + 1, f"{short([name])}.{node.name}")
        for name in modules()
        for node in ast.walk(tree(name))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno
    ]
    long = sorted((n, where) for n, where in lengths if n > MAX_FUNCTION_LINES)
    share = 1 - len(long) / len(lengths)
    assert share >= SHORT_FUNCTIONS, (
        f"{share:.1%} of {len(lengths)} functions are at most {MAX_FUNCTION_LINES} lines "
        f"(at least {SHORT_FUNCTIONS:.0%}); the longest: "
        + ", ".join(f"{where} ({n})" for n, where in reversed(long[-10:]))
    )
