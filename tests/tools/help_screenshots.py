"""Screenshots of Help › Keyboard Shortcuts and Help › User Guide in English and Chinese.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/tools/help_screenshots.py OUT_DIR

Opens the main window with every feature (the briefing loaded), then writes
shortcuts-en.png, shortcuts-zh.png, guide-en.png and guide-zh.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out_dir: Path) -> None:
    from viewer.core.base import paths

    paths.set_data_dir(Path(tempfile.mkdtemp(prefix="bv-shots-")))
    app = QApplication([])
    from viewer.ui.common import i18n
    from viewer.ui.common.fonts import ui_font
    from viewer.ui.help.menu import show_guide, show_shortcuts
    from viewer.ui.window.app import _install_features
    from viewer.ui.window.main_window import MainWindow

    app.setFont(ui_font())
    i18n.install("en")
    window = MainWindow(theme_mode="light")
    window.resize(1200, 800)
    window.show()
    _install_features(window)
    window.open_document(ROOT / "briefing.md")
    settle(1500)
    out_dir.mkdir(parents=True, exist_ok=True)
    for code in ("en", "zh"):
        i18n.install(code)
        dialog = show_shortcuts(window)
        dialog.resize(620, 760)
        settle()
        dialog.grab().save(str(out_dir / f"shortcuts-{code}.png"))
        dialog.close()
        guide = show_guide(window)
        guide.contents.setCurrentItem(guide.contents.topLevelItem(2))
        settle()
        guide.grab().save(str(out_dir / f"guide-{code}.png"))
        guide.close()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
