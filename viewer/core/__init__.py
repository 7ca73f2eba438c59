"""Plain-Python core of Briefing Viewer. Never imports Qt (checked by import-linter)."""

from viewer.core.base import deferred_imports

# Before any core module can import Whoosh: two standard modules it loads and never uses wait
# until something uses them (~0.1 s off a library's first results).
deferred_imports.install()
