"""Shared widgets and looks: plan rows, the domain's texts for lupdate, theme, icons, focus ring."""
