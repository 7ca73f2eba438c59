"""Qt's own strings that Qt's Chinese catalogue (qtbase_zh_CN.qm) lacks, translated here.

Qt 6 renamed some of its file dialog's labels ("Look in:" became "&Look in:") and its Chinese
catalogue was not updated, so a Chinese Open or Save dialog still said "Look in:", "Files of
type:" and "Folder". Listing the strings here puts them, in Qt's own contexts, into this area's
catalogue; ours is installed after Qt's, so Qt's widgets find them (a lookup with a
disambiguation, like "Folder" / "All other platforms", falls back to the plain entry).
"""

from __future__ import annotations

from viewer.ui.common.i18n import QT_TRANSLATE_NOOP

QT_MISSING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
)
