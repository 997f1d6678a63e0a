#pragma once

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>

// Typing into widgets the way a keyboard does, Cyrillic included (QTest::keyClicks sends
// only Latin-1), for the desktop tests.
namespace KeyTyping {
inline void type(QWidget* target, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, ch.toUpper().unicode(), Qt::NoModifier, QString(ch));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, ch.toUpper().unicode(), Qt::NoModifier, QString(ch));
        QApplication::sendEvent(target, &release);
    }
}

// Types an entry into a table's current cell and presses Enter: the first key opens the
// cell's editor (a QLineEdit named `editorName`), the rest go into it.
inline bool enterInCell(QWidget* table, const QString& text, const QString& editorName)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // earlier editors
    type(table, text.left(1));
    auto* editor = table->findChild<QLineEdit*>(editorName);
    if (!editor)
        return false;
    type(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}
} // namespace KeyTyping
