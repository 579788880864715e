"""Forms compiled from resources/ui by `make forms`; generated, never edited by hand."""
