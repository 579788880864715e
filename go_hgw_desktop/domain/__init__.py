"""The domain: plain dataclasses, vocabularies and rules. No Qt, no SQL."""
