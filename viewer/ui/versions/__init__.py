"""Versions in the window: compare side by side, the newer-version bar, the works panel."""
