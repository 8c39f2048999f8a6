"""The person form refuses hidden control characters as you type, as the register service does."""

from __future__ import annotations

from cpo_desktop.ui.register.dialogs import PersonDialog


def test_the_person_form_shows_a_hidden_control_character_as_you_type(qtbot):
    dialog = PersonDialog([])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Ann")
    qtbot.keyClicks(dialog.ui.surnameEdit, "Lee")
    assert dialog.ok.isEnabled()
    dialog.ui.surnameEdit.home(False)
    dialog.ui.surnameEdit.insert("\u202e")  # as pasting text that carries one does
    assert not dialog.ok.isEnabled()
    assert "surname contains a hidden control character (U+202E, right-to-left override)" in \
        dialog.ui.problemLabel.text()
    dialog.ui.surnameEdit.setText("Lee")
    assert dialog.ok.isEnabled() and not dialog.ui.problemLabel.isVisible()
