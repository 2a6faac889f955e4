"""histdesk: a research desk for history series."""

__version__ = "0.1.0"
