"""briefing: turn a folder of news articles about a criminal case into a cited briefing."""

__version__ = "0.1.0"
