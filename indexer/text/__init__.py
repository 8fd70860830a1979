"""What the archive knows of Vietnamese text, whatever the engine: orthography (``vietnamese``: NFC, one tone
placement, folding), ``normalize`` (a reader's lines -> clean paragraphs), ``tokens`` (syllables with numbers
and dates kept whole, pyvi words, syllable pairs), ``numbers`` (directive numbers found and spelled one
way), ``places`` (provinces), ``agencies`` (agency names in sentences and lists), ``agency_names`` (one
canonical name per body, people and positions told apart: what the agency facets list), ``embedding`` (the
sentence embedding of a document or a question)."""
