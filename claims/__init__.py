"""claims: a fact-checking claim database with span-level provenance."""

__version__ = "0.1.0"
