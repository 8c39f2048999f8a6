"""The Packs view: agenda packs and supplements, induction packs, the annual report and the
Library of texts; a preview of what is built, printing and copies (``view.PacksView``)."""

from cpo_desktop.ui.packs.view import PacksView

__all__ = ["PacksView"]
