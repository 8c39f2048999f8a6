"""CPO Desktop: the Corporate Parenting Officer's desktop application.

Importing this package has no side effects and loads neither Qt nor the ORM.
"""

__version__ = "0.1.0"
APP_NAME = "CPO Desktop"
