"""One router per resource (STYLE habit 11)."""
