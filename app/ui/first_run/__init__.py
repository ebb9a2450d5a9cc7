"""The first-run setup: who is in the household, which device reads the card, and a card check."""
