"""Two import-linter contract types of our own, named in pyproject.toml ([tool.importlinter]).

- ``acyclic_modules``: no import cycle among the modules of a package. (import-linter's own
  ``acyclic_siblings`` looks at packages as wholes: it would also refuse two sibling packages that
  import each other through different modules, which is not a cycle.) With
  ``ignore_type_checking_imports``, an import made only under ``if TYPE_CHECKING:`` (for type
  hints; never run) makes no cycle.
- ``no_private_imports``: no module takes a private name (``_name``, not a dunder) from another of
  the package's modules: ``from cpo_desktop.x import _helper``. The name should be made public
  instead. Reaching through a module (``x._helper``) is ruff's SLF001; private modules
  (``x/_impl.py``) are import-linter's own ``private_modules`` contract.

``lint-imports`` finds this module through PYTHONPATH=packaging (packaging/dev.sh sets it): the
folder is not a package, and ``packaging`` is also the name of a library on the path.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import grimp
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def _type_checking_lines(path: Path) -> set[int]:
    """The line numbers inside the ``if TYPE_CHECKING:`` blocks of the module at ``path``."""
    lines: set[int] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _imports(graph: grimp.ImportGraph, modules: set[str], files: dict[str, Path] | None) -> dict[str, set[str]]:
    """What each of ``modules`` imports among them; with ``files``, leaving out what a module
    imports only under ``if TYPE_CHECKING:``."""
    edges = {m: graph.find_modules_directly_imported_by(m) & modules for m in modules}
    if files is None:
        return edges
    for importer, imported in edges.items():
        if not imported or importer not in files:
            continue
        typing_only = _type_checking_lines(files[importer])
        for target in list(imported):
            details = graph.get_import_details(importer=importer, imported=target)
            if details and all(d["line_number"] in typing_only for d in details):
                imported.discard(target)
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of two or more modules (Tarjan's algorithm, iterative)."""
    modules = set(edges)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(modules):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return sorted(found)


class AcyclicModulesContract(Contract):
    """No import cycle among the modules of ``containers`` (each module with all it contains)."""

    type_name = "acyclic_modules"

    containers = fields.SetField(subfield=fields.StringField())
    ignore_type_checking_imports = fields.BooleanField(default=False)

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        modules: set[str] = set()
        files: dict[str, Path] = {}
        for container in self.containers:  # type: ignore[attr-defined]
            modules |= {container} | graph.find_descendants(container)
            files |= _module_files(container.split(".")[0])
        edges = _imports(graph, modules, files if self.ignore_type_checking_imports else None)  # type: ignore[attr-defined]
        cycles = _cycles(edges)
        shown = []
        for group in cycles:
            members = set(group)
            for importer in group:
                for imported in sorted(edges[importer] & members):
                    lines = [d["line_number"] for d in graph.get_import_details(importer=importer, imported=imported)]
                    shown.append((importer, imported, lines))
        return ContractCheck(kept=not cycles, warnings=[], metadata={"cycles": cycles, "edges": shown})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for group in check.metadata["cycles"]:
            output.print_error(f"Import cycle among {len(group)} modules:", bold=False)
            members = set(group)
            for importer, imported, lines in check.metadata["edges"]:
                if importer in members:
                    output.print_error(f"- {importer} -> {imported} (l.{', '.join(map(str, lines))})", bold=False)
            output.new_line()


def _module_files(package: str) -> dict[str, Path]:
    """Every module of ``package`` and the file it is read from, found without importing it."""
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations, f"{package} is not a package"
    root = Path(next(iter(spec.submodule_search_locations)))
    files = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        files[".".join((package, *parts))] = path
    return files


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _private_imports(module: str, path: Path, known: dict[str, Path]) -> list[tuple[int, str]]:
    """(line, "a.b._name") for each private name ``module`` imports from another module in ``known``."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.ImportFrom):
            continue
        source = node.module or ""
        if node.level:
            base = package.split(".")
            base = base[: len(base) - node.level + 1]
            source = ".".join([*base, source] if source else base)
        if source not in known:
            continue
        for alias in node.names:
            if _private(alias.name) and source != module:
                found.append((node.lineno, f"{source}.{alias.name}"))
    return found


class NoPrivateImportsContract(Contract):
    """No module of ``packages`` imports another module's private name (``from x import _y``)."""

    type_name = "no_private_imports"

    packages = fields.SetField(subfield=fields.StringField())
    ignore_modules = fields.SetField(subfield=fields.StringField(), required=False)

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        ignored = tuple(self.ignore_modules or ())  # type: ignore[attr-defined]
        found = []
        for package in sorted(self.packages):  # type: ignore[attr-defined]
            known = _module_files(package)
            for module, path in sorted(known.items()):
                if ignored and module.startswith(ignored):
                    continue
                found += [(module, line, name) for line, name in _private_imports(module, path, known)]
        return ContractCheck(kept=not found, warnings=[], metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        output.print_error("Private names imported from another module (make them public):", bold=False)
        output.new_line()
        for module, line, name in check.metadata["found"]:
            output.print_error(f"- {module} (l.{line}) imports {name}", bold=False)
        output.new_line()
