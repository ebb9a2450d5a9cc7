"""The card-reader panel, its password dialog and its dock (the async flows over app.card)."""
