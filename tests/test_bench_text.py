"""``psoas-viz bench``'s table speaks the command line's language (the window it measures speaks English); its
``--json`` figures are data."""

from __future__ import annotations

import io
import json

import pytest

from psoas_viz import bench, i18n
from psoas_viz.i18n import using_language

RESULTS = {**{key: 1.25 for key in bench.KEYS}, "first_paint_s": None, "settle_ms": 3.5,
           "sweep_per_pose_us": {"1": 52.5, "100000": 0.75}, "sweep_100k_peak_mb": 120.4}


@pytest.mark.parametrize("language, words, english", [
    ("de", ("gemessen", "Ziel", "erfüllt", "VERFEHLT", "k. A.", "1,25 ms", "< 1,5 s", "Modellberechnung, eine Haltung",
            "100.000: 0,75", "Spitzenspeicher des Fensterprozesses"),
     ("measured", "target", "pass", "MISS", "model evaluation", "peak memory", "Exports:")),
    ("es", ("medido", "objetivo", "cumple", "NO CUMPLE", "n. d.", "1,25 ms", "evaluación del modelo, una postura",
            "Exportaciones:"),
     ("measured", "target", "pass", "MISS", "model evaluation", "peak memory", "Exports:")),
])
def test_the_table_speaks_the_language(language, words, english):
    with using_language(language):
        table = bench.format_table(RESULTS)
    assert all(w in table for w in words), table
    assert not [w for w in english if w in table], table
    assert "repaint_latency_ms_median" in table and "settle_ms" in table  # the figures keep their JSON names


def test_the_window_measured_in_english_leaves_the_table_in_the_command_lines_language(monkeypatch):
    def measure():  # what the real measure does to the language: the window it opens is a new user's, English
        i18n.set_language("en")
        return dict(RESULTS)

    monkeypatch.setattr(bench, "measure", measure)
    with using_language("de"):
        out = io.StringIO()
        assert bench.run_bench(out=out) == 0
        assert "gemessen" in out.getvalue() and "measured" not in out.getvalue()
        out = io.StringIO()
        bench.run_bench(as_json=True, out=out)
        assert json.loads(out.getvalue())["settle_ms"] == 3.5
