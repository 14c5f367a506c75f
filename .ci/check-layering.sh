#!/usr/bin/env bash
# Fails when models/ or sync/ include a QtGui or QtWidgets header (ARCHITECTURE.md layering).
set -u
root=${1:-$(dirname "$0")/..}
pattern='#[[:space:]]*include[[:space:]]*[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QMainWindow|QDialog|QPixmap|QImage|QIcon|QPainter|QColor|QFont)[/>."]'
hits=$(grep -rnE "$pattern" "$root/models" "$root/sync" --include='*.h' --include='*.cpp' || true)
if [ -n "$hits" ]; then
    echo "Layering violation: models/ and sync/ must not include QtGui/QtWidgets headers:" >&2
    echo "$hits" >&2
    exit 1
fi
echo "layering ok: models/ and sync/ include no QtGui/QtWidgets header"
