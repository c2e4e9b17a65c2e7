"""The layers import one way: no import circle anywhere in psoas_viz, and nothing below the Qt layer imports Qt.

Imports are read with ``ast`` (nothing is imported or run), including imports inside functions; imports under
``if TYPE_CHECKING:`` are skipped.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "psoas_viz"
QT = ("PySide6", "pyqtgraph", "psoas_viz.qt")
QT_FREE = ("psoas_viz.model", "psoas_viz.session", "psoas_viz.scene", "psoas_viz.io", "psoas_viz.anatomy")


def _modules() -> dict[str, tuple[Path, bool]]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        is_pkg = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_pkg else parts)] = (path, is_pkg)
    return out


def _imports(path: Path, module: str, is_pkg: bool, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for n in ast.walk(node)}
    nodes = tree.body if top_level_only else ast.walk(tree)
    package = module if is_pkg else module.rpartition(".")[0]
    found = set()
    for node in nodes:
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(parts + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {m: {t for t in _imports(p, m, is_pkg) if t in modules and t != m} for m, (p, is_pkg) in modules.items()}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_the_finder_sees_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circle_in_psoas_viz():
    graph = _graph()
    assert "psoas_viz.cli" in graph and "psoas_viz.qt.main_window" in graph
    assert _circles(graph) == []


def test_nothing_below_the_qt_layer_imports_qt():
    for module, (path, is_pkg) in _modules().items():
        if module.startswith(QT_FREE):
            bad = {t for t in _imports(path, module, is_pkg) if t.startswith(QT)}
            assert not bad, f"{module} imports {sorted(bad)}"


def test_nothing_in_qt_imports_the_command_line():
    for module, (path, is_pkg) in _modules().items():
        if module.startswith("psoas_viz.qt"):
            assert not {t for t in _imports(path, module, is_pkg) if t.startswith("psoas_viz.cli")}, module


def test_the_command_line_imports_qt_only_inside_the_commands_that_draw():
    for module, (path, is_pkg) in _modules().items():
        if module.startswith("psoas_viz.cli"):
            assert not {t for t in _imports(path, module, is_pkg, top_level_only=True) if t.startswith(QT)}, module
