"""The GUI: the only package that imports PySide6. ``app.run`` is its composition root."""
