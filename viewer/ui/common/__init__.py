"""Qt pieces every feature shares: workers, dialogs, fonts, docks, the hit list, first paint."""
