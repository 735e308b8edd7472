"""Qt widgets: main window, module pages, dialogs, item models and the background-work helper."""
