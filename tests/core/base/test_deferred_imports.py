"""Whoosh's import leaves out urllib.request and asyncio until something uses them, and
everything that uses them still works (viewer.core.base.deferred_imports)."""

import json
import subprocess
import sys

from viewer.core.base import deferred_imports

LIBRARY_SEARCH = """
import json, sys
from pathlib import Path
from viewer.core.base import paths
paths.set_data_dir(Path(sys.argv[2]))
from viewer.core.library.index import LibraryIndex
from viewer.core.library.search import LibrarySearch
index = LibraryIndex(sys.argv[1])
index.update()
search = LibrarySearch(index)
search.open()
found = search.search("互联网")
loaded = {name: name in sys.modules for name in ("urllib.request", "asyncio", "ssl", "email")}
print(json.dumps({"documents": len(found.documents), "loaded": loaded}))
"""

USES = """
import sys
import viewer.core  # installs the deferral
import whoosh.compat, cached_property
from viewer.core.base.deferred_imports import Deferred

class Thing:
    @cached_property.cached_property
    def value(self):
        return 42

    @cached_property.cached_property
    async def later(self):
        return 7

assert Thing().value == 42
assert "asyncio" not in sys.modules  # a plain cached property never needed it
import asyncio
assert not isinstance(sys.modules["asyncio"], Deferred)  # the real one, once asked for
async def main():
    return await Thing().later  # a coroutine property: wrapped in a future, as without

assert asyncio.run(main()) == 7
import urllib.request
assert not isinstance(sys.modules["urllib.request"], Deferred)
assert urllib.request.urlretrieve is not whoosh.compat.urlretrieve
print("ok")
"""


def _run(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_library_search_never_loads_the_modules_whoosh_imports_and_does_not_use(tmp_path):
    folder = tmp_path / "laws"
    folder.mkdir()
    (folder / "a.md").write_text("# 甲法\n\n第一条 发展互联网产业。\n", encoding="utf-8")
    (folder / "b.md").write_text("# 乙法\n\n第一条 保护环境。\n", encoding="utf-8")
    out = json.loads(_run(LIBRARY_SEARCH, str(folder), str(tmp_path / "data")))
    assert out["documents"] == 1
    # a new Whoosh or cached-property that uses them at import or search fails here: the
    # ~0.1 s this saves is gone, and DEFERRED_FOR needs another look
    assert not any(out["loaded"].values()), out["loaded"]


def test_code_that_uses_the_deferred_modules_gets_the_real_ones():
    assert _run(USES).strip() == "ok"


def test_a_stand_in_answers_its_own_names_and_imports_the_module_for_any_other():
    stand_in = deferred_imports.Deferred("json")  # a module surely importable
    assert stand_in.dumps([1]) == "[1]"  # not one of its answers: the real module's
    asyncio_stand_in = deferred_imports.Deferred("asyncio")

    async def coroutine():
        return 1

    assert asyncio_stand_in.iscoroutinefunction(coroutine)
    assert not asyncio_stand_in.iscoroutinefunction(len)
