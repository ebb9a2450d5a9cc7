"""Network clients (httpx). Touched only when the user asks."""
