"""The record's fields that need more than one line to read: who issues a document (the body, its level and
province), who signs it and in what capacity, the decision it was issued with, and what a page that reposts it
says of it."""
