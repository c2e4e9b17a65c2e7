"""psoas-viz: a sagittal pelvis-spine-femur model that shows how the psoas lengthens or shortens."""
