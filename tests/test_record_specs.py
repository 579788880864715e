"""The record forms' wording: labels read as Dutch, list headers name what the column holds."""

from __future__ import annotations

from go_hgw_desktop.ui.controllers import record_specs
from go_hgw_desktop.ui.record_spec import RecordSpec

SPECS = [spec for spec in vars(record_specs).values() if isinstance(spec, RecordSpec)]


def test_form_labels_end_in_one_colon_or_their_own_punctuation():
    assert len(SPECS) > 10
    for spec in SPECS:
        for field in spec.fields:
            label = field.form_label
            assert not label.endswith(("::", "?:", "…:")), (spec.noun, label)
            assert label.endswith((":", "?", "…")), (spec.noun, label)


def test_list_headers_are_words_not_sentence_fragments():
    for spec in SPECS:
        for column in spec.columns:
            heading = column.column_label
            assert heading[0].isupper() or heading[0].isdigit(), (spec.noun, heading)
            assert not heading.endswith((":", "…")), (spec.noun, heading)
