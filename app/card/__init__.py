"""My Number card access over PC/SC. Only ``app.card.pcsc`` imports pyscard."""
