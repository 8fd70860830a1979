"""What tesseract read of a scanned page put right: specks of dust and lines made of a faint mark taken out
of its words (:mod:`.dust`), the figures a clerk wrote by hand in the header read again (:mod:`.handwriting`),
and its usual misreadings mended (:mod:`.slips`)."""
