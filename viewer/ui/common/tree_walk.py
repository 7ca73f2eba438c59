"""Walking every item of a QTreeWidget, breadth first (outlines filter and follow with it)."""

from __future__ import annotations


def all_items(tree):
    """Every item of `tree`: the top-level ones, then their children, level by level."""
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop(0)
        yield item
        pending.extend(item.child(i) for i in range(item.childCount()))
