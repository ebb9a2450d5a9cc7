"""What the app does on the desktop outside its window: a notification, a login item, starting itself.

Below the UI (``app.commands`` uses it for ``myna-prep reminders --notify``), so it never imports
``app.ui``. Qt is loaded only where a platform needs it (the tray message on Windows and macOS).
"""
