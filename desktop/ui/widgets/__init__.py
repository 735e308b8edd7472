"""Small widgets and widget set-ups shared by several pages."""
