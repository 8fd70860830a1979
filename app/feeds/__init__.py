"""Feeds a reader subscribes to: the newest arrivals of a search, of a directive's chain (Atom, issue 23)."""
