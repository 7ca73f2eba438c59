"""Models deleted after the views that show them.

Qt deletes a widget's children in the order they were made. A panel that makes its model
before its list (as a list needs a model to be set up) had the model deleted first on close;
the list and its header then still held rows of the freed model and the process crashed
(`removePersistentIndexData`, seen as a rare segfault when a test's window was deleted).
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def outlive_views(owner: QObject, *models: QObject) -> None:
    """Make `models` the last children of `owner`, in this order (a proxy before its source):
    every view among the owner's children is then deleted while its model still exists."""
    for model in models:
        model.setParent(None)  # the caller's reference keeps it alive in between
        model.setParent(owner)
