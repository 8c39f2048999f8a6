"""The board's data as SQLModel tables, with the enums and pure rules about them.

No Qt and no I/O beyond the Session handed in.
"""
