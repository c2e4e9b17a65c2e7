"""The Describe tab holds the whole model in words and follows every change; the play area announces the
description's first sentences (issue 16, point 3)."""

from psoas_viz.describe import describe


def test_the_describe_tab_says_the_model_in_words_and_follows_a_change(window):
    window.session.set_values(pelvic_tilt=8.0)  # while another tab is shown: described when the tab opens
    window.control_tabs.setCurrentWidget(window.describe)
    snapshot = window.session.snapshot
    full = describe(snapshot.posture, snapshot.evaluation)
    assert window.describe.text.toPlainText() == full.text
    assert "Pelvis tilted 8 degrees anteriorly" in full.text and "iliacus" in full.text
    assert window.play.accessibleDescription() == full.announcement
    window.session.set_values(pelvic_tilt=-5.0)
    assert "5 degrees posteriorly" in window.describe.text.toPlainText()
    assert window.describe.text.accessibleName()
