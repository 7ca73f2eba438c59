"""The interface language and the translated messages the core and the CLI print."""
