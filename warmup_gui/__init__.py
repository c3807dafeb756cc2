"""warmup-gui: a guided dynamic hamstring warm-up for runners."""

__version__ = "0.1.0"
