"""Citations between documents: which archived document a cited number means and who cites whom
(``relations``), and the implementation chains from a Politburo conclusion down to the communes (``chains``)."""
