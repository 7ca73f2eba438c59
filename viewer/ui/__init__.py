"""Qt user interface: thin adapters over viewer.core."""
