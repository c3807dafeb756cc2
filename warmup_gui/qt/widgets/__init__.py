"""Widgets that render session state; each draws one thing."""
