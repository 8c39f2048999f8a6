"""Use cases, one module each. Every function owns its transaction. No Qt."""
