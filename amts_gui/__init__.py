"""AMTS Studio: machine translation post-editing that learns from the translator."""

__version__ = "0.1.0"
