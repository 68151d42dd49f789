"""news-extract: people, roles, organisations, dates and planned actions from press releases."""
__version__ = "0.1.0"
