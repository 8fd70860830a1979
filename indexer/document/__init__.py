"""Documents: a file's text -> its Document records.

``pipeline`` runs it all (reading, normalising, ``structure`` for zones, numbering and anchors, ``extract``
for the fields); the fields are read by ``header`` (number, date, type, title), ``issuer`` (issuer, level,
province, signer) and ``roles`` (who leads, coordinates, is assigned, receives), from the lines ``lines``
reads.  ``record`` is the Document, ``summary`` what lists and facets need of it, ``prepared`` a record
with its costly analysis done for an engine; ``intake`` checks an upload, ``corrections`` an archivist's
corrections."""
