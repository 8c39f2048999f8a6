"""Partner exchange: the view (``view.ExchangeView``), its partner cards, the register's filter and
search of the partners' minutes, our minutes out, theirs in, the partner boards and their dialogs."""

from cpo_desktop.ui.exchange.view import ExchangeView

__all__ = ["ExchangeView"]
