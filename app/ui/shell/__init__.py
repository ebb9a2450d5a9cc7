"""The shell: the main window (sidebar, pages, Back/Next, menus, status bar), the STEP0 diagram,
the about box, the error dialog, the language menu, and how the session's messages are shown."""
