"""Pages that explain the portal: the help page of the search box (``/tro-giup``, issue 23)."""
