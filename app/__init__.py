"""Myna Prep — マイナポータル連携 事前準備ナビ."""

__version__ = "0.1.0"
APP_NAME = "Myna Prep"
APP_ID = "myna-prep"
