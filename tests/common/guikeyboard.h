#pragma once

// Keyboard input for GUI tests, delivered to whatever has the focus, as a user would (header-only).

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace Nigran::Testing {

/// Types into the widget that has the keyboard focus.
inline void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "no widget has the keyboard focus");
    QTest::keyClicks(focus, text);
}

/// Text an input method commits (Urdu keyboards deliver text this way; QTest::keyClicks is Latin-1 only).
inline void commit(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "no widget has the keyboard focus");
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(focus, &event);
}

/// Presses a key on the widget that has the keyboard focus.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "no widget has the keyboard focus");
    QTest::keyClick(focus, key, modifiers);
}

/// A named child widget of `parent`.
template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace Nigran::Testing
