"""Local SQLite store (sqlmodel) returning domain objects; secrets in the OS keyring."""
