"""The reading surface: topic panes, their text map, match positions, outline, document panel."""
