#include "journal/JournalCellDelegate.h"

#include "journal/JournalGridView.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace {
constexpr int kLongestEntry = 8; // "незач", "н 5/4"
}

JournalCellDelegate::JournalCellDelegate(JournalGridView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

QWidget* JournalCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                           const QModelIndex&) const
{
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("cellEditor"));
    editor->setMaxLength(kLongestEntry);
    editor->setAlignment(Qt::AlignCenter);
    editor->setFrame(false);
    return editor;
}

void JournalCellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (line && line->isModified())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

bool JournalCellDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        int rows = 0;
        int columns = 0;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Down:
            rows = 1;
            break;
        case Qt::Key_Up:
            rows = -1;
            break;
        case Qt::Key_Left:
            columns = editor->cursorPosition() == 0 ? -1 : 0;
            break;
        case Qt::Key_Right:
            columns = editor->cursorPosition() == editor->text().size() ? 1 : 0;
            break;
        default:
            break;
        }
        if (rows != 0 || columns != 0) {
            m_view->m_pendingRowMove = rows;
            m_view->m_pendingColumnMove = columns;
            m_view->m_closingByKey = true;
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
