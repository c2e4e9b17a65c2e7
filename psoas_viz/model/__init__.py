"""The Qt-free core of psoas-viz: numpy and the standard library only."""

from .loading import load_model
from .model import Evaluation, Model
from .posture import NUMERIC_PARAMETERS, SPINE_MODES, ParameterError, ParameterSpec, Posture

__all__ = ["Evaluation", "Model", "NUMERIC_PARAMETERS", "ParameterError", "ParameterSpec", "Posture",
           "SPINE_MODES", "load_model"]
