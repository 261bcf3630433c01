"""Leaderboards: collect results, aggregate with CIs and significance, render JSON/Markdown/CSV."""
