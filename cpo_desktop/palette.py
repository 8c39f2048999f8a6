"""The colours the app's papers and windows share, as hex, so that a RAG rating looks the same in
the agenda pack, in the Agenda view's detail and in the Work programme and Performance views.

Pale fills, with black text on them (well above 4.5:1), and never the only sign: the word (Red,
Amber, Green) is always printed in the cell as well.
"""

from __future__ import annotations

RAG_FILL = {"red": "#f4c7c3", "amber": "#fce8b2", "green": "#b7e1cd"}
RAG_INK = {"red": "#5a1010", "amber": "#4a3500", "green": "#17401a"}  # text on the fill, where a chip is drawn
