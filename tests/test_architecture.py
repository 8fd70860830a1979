"""The house rules of ARCHITECTURE.md, checked on the code itself: its layers, its seams and its sizes.

Each rule reads the source with :mod:`ast`; a break names the module and the line.
"""

import ast
import collections
import pathlib

import pytest

from tests.conftest import ROOT

LIBRARY = ("indexer", "app")  # the code whose modules import each other
EVERY_FOLDER = ("indexer", "app", "bench", "tests")
# The data flow, lowest first: a package imports from its own and lower ones only.  "base" is the library's top
# level (errors, vocabulary, the LRU), which every package may use.
LAYERS = ["base", "reading", "text", "document", "citations", "tasks", "query", "engine", "store", "search", "front"]
FRONT = {"indexer", "indexer.cli", "indexer.__main__", "indexer.analysis"}  # the front door and its users inside


def python_files(*folders: str) -> list[pathlib.Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py") if "screenshots" not in p.parts)


def module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in python_files(*LIBRARY)}
TREES = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}


def imported(name: str) -> list[tuple[str, str | None, int]]:
    """``(module, name imported from it or None, line)`` for every import of a module, in functions too."""
    found = []
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(TREES[name]):
        if isinstance(node, ast.Import):
            found += [(alias.name, None, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]) if node.level else ""
            source = ".".join(filter(None, [base, node.module or ""]))
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.append(
                    (submodule, None, node.lineno) if submodule in MODULES else (source, alias.name, node.lineno)
                )
    return found


def ours(module: str) -> str | None:
    """The module of ours ``module`` is, or is in (``indexer.store`` for ``indexer.store.x`` if it is no module)."""
    while module and module not in MODULES:
        module = module.rpartition(".")[0]
    return module or None


def layer(module: str) -> str:
    if module in FRONT or not module.startswith("indexer"):
        return "front"
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else "base"


GRAPH = {name: {ours(m) for m, _, _ in imported(name)} - {None, name} for name in MODULES}


def test_no_import_circle():
    state: dict[str, int] = {}  # 1: being visited, 2: done
    circles = []

    def visit(module, path):
        state[module] = 1
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                circles.append(" -> ".join(path[path.index(target) :] + [target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(MODULES):
        if module not in state:
            visit(module, [module])
    assert circles == []


def test_each_package_imports_only_from_its_own_layer_and_below():
    breaks = [
        f"{name} imports {target}"
        for name in MODULES
        for target in GRAPH[name]
        if target.startswith("indexer") and LAYERS.index(layer(target)) > LAYERS.index(layer(name))
    ]
    assert breaks == []


def test_outside_the_library_only_its_front_door_is_imported():
    """``app/`` and ``bench/`` use ``indexer`` (its ``__init__``) and nothing behind it."""
    breaks = []
    for path in python_files("app", "bench"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            breaks += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names if n.startswith("indexer.")]
    assert breaks == []


def test_no_private_name_is_used_across_modules():
    breaks = []
    for name, tree in TREES.items():
        modules = {}  # local name -> module of ours it stands for
        for module, alias, line in imported(name):
            target = ours(module)
            if alias is not None and alias.startswith("_") and not alias.startswith("__") and target:
                breaks.append(f"{name}:{line} imports {alias} from {module}")
            if alias is None and target == module:
                modules[module.rpartition(".")[2]] = module
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                breaks.append(f"{name}:{node.lineno} uses {modules[node.value.id]}.{node.attr}")
    assert breaks == []


@pytest.mark.parametrize("engine", ["whoosh", "tantivy"])
def test_only_an_engine_imports_its_library(engine):
    breaks = [
        f"{name}:{line}"
        for name in MODULES
        for module, _, line in imported(name)
        if module.split(".")[0] == engine and not name.startswith(f"indexer.engine.{engine}")
    ]
    assert breaks == []


@pytest.mark.parametrize("folder", EVERY_FOLDER)
def test_no_flat_folder_of_more_than_15_modules(folder):
    counts = collections.Counter(p.parent.relative_to(ROOT) for p in python_files(folder))
    assert {str(f): n for f, n in counts.items() if n > 15} == {}


@pytest.mark.parametrize("folder", EVERY_FOLDER)
def test_no_module_over_500_lines_and_no_function_over_60(folder):
    long = []
    for path in python_files(folder):
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > 500:
            long.append(f"{path.relative_to(ROOT)}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno >= 60:
                long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {node.end_lineno - node.lineno + 1}")
    assert long == []


def test_the_rules_see_the_code():
    """The checks above read what they should: every package of the data flow, and the engine's seam."""
    assert {layer(name) for name in MODULES} == set(LAYERS)
    assert "indexer.engine.protocol" in GRAPH["indexer.engine.whoosh.searcher"]
    assert "indexer.engine.protocol" in GRAPH["indexer.engine.tantivy.searcher"]
    assert len(MODULES) > 80
