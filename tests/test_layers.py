"""Dependencies point one way: ui → services → storage / domain.

Walks every module's imports (top-level and inside functions) and checks the rules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import go_hgw_desktop

PACKAGE = Path(go_hgw_desktop.__file__).parent

# layer → module prefixes it must never import
FORBIDDEN = {
    "domain": ("go_hgw_desktop.storage", "go_hgw_desktop.services", "go_hgw_desktop.ui",
               "go_hgw_desktop.reports", "go_hgw_desktop.cli", "sqlalchemy", "PySide6", "alembic",
               "sqlcipher3", "keyring"),
    "storage": ("go_hgw_desktop.services", "go_hgw_desktop.ui", "go_hgw_desktop.reports",
                "go_hgw_desktop.cli", "PySide6"),
    "services": ("go_hgw_desktop.ui", "go_hgw_desktop.cli", "PySide6"),
    "imports": ("go_hgw_desktop.ui", "go_hgw_desktop.services", "go_hgw_desktop.storage",
                "go_hgw_desktop.reports", "go_hgw_desktop.cli", "sqlalchemy", "PySide6"),
    "reports": ("go_hgw_desktop.ui", "go_hgw_desktop.services", "go_hgw_desktop.storage",
                "go_hgw_desktop.cli", "sqlalchemy"),
    # The GUI and the CLI reach data only through services: no SQL, no storage.
    "ui": ("go_hgw_desktop.storage", "go_hgw_desktop.cli", "sqlalchemy", "sqlcipher3", "alembic"),
    "cli": ("go_hgw_desktop.storage", "go_hgw_desktop.ui.views", "go_hgw_desktop.ui.controllers",
            "sqlalchemy", "sqlcipher3", "PySide6"),
}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_layers_import_only_downwards():
    violations = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in _imports(path):
                if name.startswith(forbidden):
                    violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert violations == []


def test_every_layer_exists():
    for layer in FORBIDDEN:
        assert (PACKAGE / layer / "__init__.py").exists(), layer


def test_compiled_forms_import_only_the_qt_classes_they_use():
    from go_hgw_desktop.ui.uic import prune_imports

    generated = (
        "from PySide6.QtCore import (QCoreApplication, QDate,\n    QMetaObject, Qt)\n"
        "from PySide6.QtGui import (QBrush, QColor, QFont as Font)\n"
        "from PySide6.QtWidgets import (QLabel,\n    QWidget)\n\n"
        "from go_hgw_desktop.ui.views.editors import ChoiceCombo\n\n"
        "class Ui_Form(object):\n"
        "    def setupUi(self, Form):\n"
        "        self.label = QLabel(Form)\n"
        "        self.label.setFont(Font())\n"
        "        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft)\n"
        "        self.combo = ChoiceCombo(Form)\n"
        "        QMetaObject.connectSlotsByName(Form)\n"
    )
    pruned = prune_imports(generated)
    assert pruned.startswith(
        "from PySide6.QtCore import (QMetaObject, Qt)\n"
        "from PySide6.QtGui import (QFont as Font)\n"
        "from PySide6.QtWidgets import (QLabel)\n\n"
        "from go_hgw_desktop.ui.views.editors import ChoiceCombo\n"
    )
    assert pruned.endswith(generated[generated.index("class Ui_Form"):])
    compile(pruned, "form", "exec")
