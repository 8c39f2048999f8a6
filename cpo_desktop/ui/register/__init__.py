"""The register: members (people), seats and reporting officers — their views, dialogs, the
CSV import, and the controller that makes every change to them (``actions.RegisterActions``)."""
