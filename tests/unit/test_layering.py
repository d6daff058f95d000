"""The shape of the program (DESIGN.md): arrows point one way, no cycles, small files.

views → services/portal → models → db, and every layer may import ``clinicdesk.domain``.
Imports inside functions count too: a late import that dodges a cycle is still a cycle.
"""

from __future__ import annotations

import ast
import statistics
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "clinicdesk"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    return {
        _module_name(p): p
        for p in PKG.rglob("*.py")
        if "migrations" not in p.parts
    }


SOURCES = _sources()


def _imports(path: Path) -> set[str]:
    """Every clinicdesk module a file imports (at any depth), resolved to a known module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = _module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            # "from pkg import sub" imports the submodule; any other name comes from pkg itself
            names = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in SOURCES else mod for a in node.names]
        for name in names:
            if not name.startswith("clinicdesk"):
                continue
            # the longest known module that the name starts with
            while name and name not in SOURCES:
                name = name.rpartition(".")[0]
            if name and name != me:
                found.add(name)
    return found


GRAPH = {mod: _imports(path) for mod, path in SOURCES.items()}


def _layer_offenders(src_prefixes: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    out = []
    for mod, deps in GRAPH.items():
        if not mod.startswith(src_prefixes):
            continue
        for dep in sorted(deps):
            if dep.startswith(forbidden):
                out.append(f"{mod} imports {dep}")
    return out


def test_views_never_import_models():
    assert _layer_offenders(("clinicdesk.views",), ("clinicdesk.models",)) == []


def test_db_and_models_never_import_services_portal_or_views():
    bad = ("clinicdesk.services", "clinicdesk.portal", "clinicdesk.views", "clinicdesk.app")
    assert _layer_offenders(("clinicdesk.db", "clinicdesk.models"), bad) == []


def test_services_never_import_portal_or_views():
    assert _layer_offenders(("clinicdesk.services",), ("clinicdesk.portal", "clinicdesk.views", "clinicdesk.app")) == []


def test_domain_imports_only_domain():
    offenders = [
        f"{mod} imports {dep}"
        for mod, deps in GRAPH.items()
        if mod.startswith("clinicdesk.domain")
        for dep in deps
        if not dep.startswith("clinicdesk.domain")
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", ["domain", "models", "services", "portal", "demo"])
def test_no_qt_below_the_views(layer):
    offenders = []
    for path in (PKG / layer).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                mods = [node.module]
            offenders += [f"{path.name}: {m}" for m in mods if m.split(".")[0] in ("PySide6", "shiboken6")]
    assert offenders == []


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in GRAPH.get(v, ()):
            if w not in GRAPH:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    import sys

    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 10000))
    try:
        for v in sorted(GRAPH):
            if v not in index:
                visit(v)
    finally:
        sys.setrecursionlimit(old)
    return out


def test_no_import_cycles():
    assert _cycles() == []


def test_files_are_small_enough_to_read_in_one_sitting():
    sizes = {
        str(p.relative_to(PKG.parent)): len(p.read_text(encoding="utf-8").splitlines())
        for p in PKG.rglob("*.py")
    }
    too_big = {name: n for name, n in sizes.items() if n > 600}
    assert too_big == {}
    assert statistics.median(sizes.values()) <= 150
