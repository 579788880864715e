"""A keyring backend for tests that run ``go-hgw`` as a subprocess.

Selected with ``PYTHON_KEYRING_BACKEND=file_keyring.TestFileKeyring`` (with this folder
on PYTHONPATH); keeps entries in the JSON file named by ``$GO_HGW_TEST_KEYRING``. Only
for throw-away test keys of throw-away stores.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class TestFileKeyring(KeyringBackend):
    priority = 1

    @property
    def _file(self) -> Path:
        return Path(os.environ["GO_HGW_TEST_KEYRING"])

    def _read(self) -> dict[str, str]:
        return json.loads(self._file.read_text()) if self._file.exists() else {}

    def get_password(self, service, username):
        return self._read().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        entries = self._read()
        entries[f"{service}/{username}"] = password
        self._file.write_text(json.dumps(entries))

    def delete_password(self, service, username):
        entries = self._read()
        entries.pop(f"{service}/{username}", None)
        self._file.write_text(json.dumps(entries))
