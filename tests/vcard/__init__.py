"""Our own virtual JPKI card (a test tool, not shipped)."""
