"""Command-line subcommands (doctor, plan, backup, checklist), dispatched by ``app.cli``."""
