"""Views: QWidget subclasses that set up a compiled form; layout only."""
