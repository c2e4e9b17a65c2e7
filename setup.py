"""Package layout for setuptools (the metadata is in pyproject.toml).

The data files live in the top-level ``assets/`` folder; the wheel and sdist carry it, with its sub-folders, as the
package data folder ``psoas_viz/assets``, where :mod:`psoas_viz.resources` finds them.  (pyproject.toml alone
cannot map a folder outside the package into it.)
"""

from setuptools import find_namespace_packages, find_packages, setup

data = ["psoas_viz.assets"] + [f"psoas_viz.assets.{name}" for name in find_namespace_packages(where="assets")]
setup(packages=find_packages(include=["psoas_viz", "psoas_viz.*"]) + data,
      package_dir={"psoas_viz.assets": "assets"},
      package_data={name: ["*"] for name in data})
