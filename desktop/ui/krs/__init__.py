"""The Verval KRS page: family list, import dialog, verification editor, progress."""
