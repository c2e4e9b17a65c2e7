"""The diagram as data (no Qt): structures with ids, kinds, style roles and shapes in pixels, placed labels.

``diagram.build`` describes the model view, ``page.page`` the exported page around it, ``compare.build`` the
compare overlay; ``svg.svg_text`` writes any of them as SVG, ``psoas_viz.qt.painter`` paints them with Qt;
``hit`` finds the structure under a point; ``cards`` and ``captions`` hold the words.
"""
