"""Data files shipped with the app (installed as ``app._resources``)."""
