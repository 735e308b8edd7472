"""Exchange between offices by file: office keys and cards, partners, packages, import, acknowledgements."""
