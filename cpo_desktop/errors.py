"""The one base class for errors the user is told about in words (a dialog in the GUI, one
line on stderr in the CLI). Anything else is a bug and is reported as one."""


class UserError(Exception):
    """Something the user can act on; nothing was changed or half-saved."""


def sentence(problems: list[str]) -> str:
    """Problems joined into one sentence: the first letter made a capital (and nothing else
    changed: "schedule 12A" stays as written, unlike ``str.capitalize``), a full stop at the end."""
    text = "; ".join(p.strip() for p in problems)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
