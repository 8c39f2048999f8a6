"""The one base class for errors the user is told about in words (a dialog in the GUI, one
line on stderr in the CLI). Anything else is a bug and is reported as one.

A message is written once, in words that suit both places. What to do next differs between
them, so it is carried beside the message, not inside it:

- ``cli``: the command to suggest on the command line ("cpo-desktop meetings plan"); the CLI
  prints it in the message's sentence, ``str(exc)`` gives that whole line;
- ``window``: where in the window to go instead ("Meetings › Plan the Year…"), which the
  window appends to the message (``for_window``).

No code turns one form into the other by editing text.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can act on; nothing was changed or half-saved.

    ``UserError("There are no meetings to publish.", cli="cpo-desktop meetings plan",
    window="Plan them in Meetings › Plan the Year…")``: ``str()`` is the CLI's line
    ("There are no meetings to publish (`cpo-desktop meetings plan`)."), ``for_window()`` the
    dialog's text ("There are no meetings to publish. Plan them in Meetings › Plan the Year…").
    ``cli_form`` lets a message that reads differently on the command line give its whole text
    (used where the hint sits inside the sentence, not at its end).
    """

    def __init__(self, message: str = "", *, cli: str | None = None, window: str | None = None,
                 cli_form: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.cli_hint = cli
        self.window_hint = window
        self.cli_form = cli_form

    def __str__(self) -> str:
        return self.for_cli()

    def for_cli(self) -> str:
        """The one line the command line prints: the message, with the command to try."""
        if self.cli_form is not None:
            return self.cli_form
        if not self.cli_hint:
            return self.message
        body, stop = _split_stop(self.message)
        return f"{body} (`{self.cli_hint}`){stop}"

    def for_window(self) -> str:
        """The message as the window shows it: no commands, and where to go in the window."""
        if not self.window_hint:
            return self.message
        body, stop = _split_stop(self.message)
        return f"{body}{stop or '.'} {self.window_hint}"


def _split_stop(message: str) -> tuple[str, str]:
    """("Nothing to publish", ".") from "Nothing to publish."."""
    if message.endswith(("…", ".", "?", "!")) and not message.endswith("…."):
        return message[:-1], message[-1]
    return message, ""


def window_text(exc: BaseException) -> str:
    """What the window says for an error the user can act on (``UserError.for_window``)."""
    return exc.for_window() if isinstance(exc, UserError) else str(exc)


def sentence(problems: list[str]) -> str:
    """Problems joined into one sentence: the first letter made a capital (and nothing else
    changed: "schedule 12A" stays as written, unlike ``str.capitalize``), a full stop at the end."""
    text = "; ".join(p.strip() for p in problems)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
