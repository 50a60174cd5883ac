"""GraphQL types: one per module, each wrapping its storage row."""
