"""The ``go-hgw`` command line: parse, call a service, print Dutch text."""

from go_hgw_desktop.cli.main import run

__all__ = ["run"]
