"""psoas-viz: a sagittal pelvis-spine-femur model that shows how the psoas lengthens or shortens."""

__version__ = "0.1.0"
