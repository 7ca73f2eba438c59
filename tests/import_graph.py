"""The import graph of `viewer`, read from the code with grimp (import-linter's engine).

`python -m tests.import_graph` prints the feature-level Mermaid picture that docs/architecture.md
holds; tests/test_import_cycles.py checks that the picture is current and that no cycle exists.
"""

from __future__ import annotations

import grimp

LAYERS = ("core", "ui", "cli")


def module_graph() -> dict[str, set[str]]:
    """Every viewer module -> the viewer modules it imports (TYPE_CHECKING imports included)."""
    graph = grimp.build_graph("viewer")
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def feature_of(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) < 3 or parts[1] not in LAYERS:
        return None
    return f"{parts[1]}.{parts[2]}" if parts[1] != "cli" else "cli"


def feature_edges(edges: dict[str, set[str]]) -> set[tuple[str, str]]:
    result = set()
    for source, targets in edges.items():
        a = feature_of(source)
        for target in targets:
            b = feature_of(target)
            if a and b and a != b:
                result.add((a, b))
    return result


def mermaid(edges: dict[str, set[str]]) -> str:
    pairs = sorted(feature_edges(edges))
    features = sorted({f for pair in pairs for f in pair})
    lines = ["flowchart TD"]
    for layer in LAYERS:
        members = [f for f in features if f == layer or f.startswith(layer + ".")]
        if layer == "cli":
            lines.append("  cli[cli]")
            continue
        lines.append(f"  subgraph {layer}")
        lines += [f"    {f.replace('.', '_')}[{f}]" for f in members]
        lines.append("  end")
    lines += [f"  {a.replace('.', '_')} --> {b.replace('.', '_')}" for a, b in pairs]
    return "\n".join(lines)


if __name__ == "__main__":
    print(mermaid(module_graph()))
