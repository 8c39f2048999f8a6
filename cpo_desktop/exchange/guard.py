"""The exchange's name for the text guard (``model.textguard``), which every public and partner
output goes through."""

from cpo_desktop.model.textguard import ADVICE, MIN_WORDS, RUN, Forbidden, Leak, check, words  # noqa: F401

ExchangeLeak = Leak
