"""GO! HGW Desktop: handelingsgericht werken along the care continuum, stored encrypted."""

__version__ = "0.1.0"
APP_NAME = "GO! HGW Desktop"
