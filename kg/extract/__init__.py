"""Extractors: one module per kind of fact, each reading a normalised Article."""
