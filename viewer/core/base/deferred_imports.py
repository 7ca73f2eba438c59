"""Two standard modules that Whoosh's import loads and the app never uses, loaded only if used.

`whoosh.compat` imports `urllib.request` for `urlretrieve`, which nothing here calls, and
`cached_property` (a Whoosh dependency) imports `asyncio` to ask whether a cached property is a
coroutine. Those two imports were about 115 ms of Whoosh's 200 ms import on a 2-core VM, on
the path to a library's first results (the CLI's and the window's).

While exactly those two modules execute, the names stand for `Deferred` modules: what they
take from them (`urlretrieve`, `iscoroutinefunction`) is answered without the real module,
and anything else — a call of `urlretrieve`, any other attribute — imports the real module
then. So behaviour never depends on the versions (pinned in pyproject.toml); only the time
saved does, and `tests/core/base/test_deferred_imports.py` fails when a new version would load
them anyway. Installed by `viewer.core`'s `__init__`, before any module can import Whoosh.
Imports of them before or after get the real modules; one made by another thread during that
millisecond would get the stand-in, which imports the real module at its first use.
"""

from __future__ import annotations

import importlib
import sys
import types

# module being loaded -> the modules it imports that are deferred while it runs
DEFERRED_FOR = {"whoosh.compat": ("urllib.request",), "cached_property": ("asyncio",)}


class Deferred(types.ModuleType):
    """Stands for a module not imported yet: its `ANSWERED` names work without it; any other
    attribute imports it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.__dict__.update(ANSWERED.get(name, {}))

    def __getattr__(self, name: str):
        if name.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _urlretrieve(*args, **kwargs):
    return _real("urllib.request").urlretrieve(*args, **kwargs)


def _iscoroutinefunction(func) -> bool:
    """asyncio's test: a function can carry asyncio's own coroutine marker only once asyncio
    is imported; before that, inspect's answer is the whole answer."""
    loaded = sys.modules.get("asyncio")
    if loaded is not None and not isinstance(loaded, Deferred):
        return loaded.iscoroutinefunction(func)
    import inspect  # not at import: ~10 ms, and only a cached property's first use asks

    return inspect.iscoroutinefunction(func)


ANSWERED = {
    "urllib.request": {"urlretrieve": _urlretrieve},
    "asyncio": {"iscoroutinefunction": _iscoroutinefunction},
}


def _real(name: str) -> types.ModuleType:
    if isinstance(sys.modules.get(name), Deferred):
        del sys.modules[name]  # an attribute wanted while its importer still runs
    return importlib.import_module(name)


class _DeferringLoader:  # a loader by its methods (importlib.abc costs ~13 ms to import)
    """Runs a module with its deferred imports standing in for the real ones."""

    def __init__(self, loader, deferred: tuple[str, ...]) -> None:
        self._loader = loader
        self._deferred = deferred

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        placed = [name for name in self._deferred if name not in sys.modules]
        for name in placed:
            sys.modules[name] = Deferred(name)
        try:
            self._loader.exec_module(module)
        finally:
            for name in placed:
                if isinstance(sys.modules.get(name), Deferred):
                    del sys.modules[name]  # later imports of it get the real module

    def __getattr__(self, name: str):  # get_code, get_source...: the wrapped loader's
        return getattr(self._loader, name)


class _DeferringFinder:  # a meta path finder by its method
    def find_spec(self, fullname, path, target=None):
        deferred = DEFERRED_FOR.get(fullname)
        if deferred is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _DeferringLoader(spec.loader, deferred)
                return spec
        return None


def install() -> None:
    """Defer those imports from now on (once per process; no effect on modules loaded)."""
    if not any(isinstance(f, _DeferringFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _DeferringFinder())
