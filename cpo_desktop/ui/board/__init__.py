"""The board's own details: its terms of reference."""
