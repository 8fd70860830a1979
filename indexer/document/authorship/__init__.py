"""Who issues a document (the body, its level and province) and who signs it, in what capacity."""
