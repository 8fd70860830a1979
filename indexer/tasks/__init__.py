"""Tasks: who must do what, by when — read from a document's assignments (issue 22)."""
