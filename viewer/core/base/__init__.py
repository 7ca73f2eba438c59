"""App-wide plumbing: data paths, settings, atomic writes and error types."""
