"""One module per step page (step2_…, step3_…, step4_…, ready_…, delegation), the household header
(profile bar, next action, follow-ups), and views.py, which puts them on the pages."""
