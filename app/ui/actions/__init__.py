"""File and Help menu actions: print or export the checklist, backup and restore, catalog updates."""
