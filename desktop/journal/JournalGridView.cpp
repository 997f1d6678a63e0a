#include "journal/JournalGridView.h"

#include "journal/JournalCellDelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

namespace {
constexpr int kCellWidth = 46;
constexpr int kRowHeight = 24;
} // namespace

JournalGridView::JournalGridView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("journalGrid"));
    setItemDelegate(new JournalCellDelegate(this));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setWordWrap(false);
    horizontalHeader()->setDefaultSectionSize(kCellWidth);
    horizontalHeader()->setMinimumSectionSize(kCellWidth / 2);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setDefaultSectionSize(kRowHeight);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void JournalGridView::showRefusal(const QModelIndex& index, const QString& message)
{
    m_lastRefusal = message;
    m_refusedWhileCommitting = state() == EditingState;
    const QRect cell = visualRect(index);
    QToolTip::showText(viewport()->mapToGlobal(cell.bottomLeft()), message, viewport(), cell);
}

void JournalGridView::keyPressEvent(QKeyEvent* event)
{
    if (state() != EditingState) {
        switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            clearSelectedCells();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            moveBy(1, 0);
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void JournalGridView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool refused = m_refusedWhileCommitting;
    const int rows = std::exchange(m_pendingRowMove, 0);
    const int columns = std::exchange(m_pendingColumnMove, 0);
    const bool byKey = std::exchange(m_closingByKey, false);
    m_refusedWhileCommitting = false;
    auto* line = qobject_cast<QLineEdit*>(editor);
    const QString typed = line ? line->text() : QString();
    QTableView::closeEditor(editor, refused ? QAbstractItemDelegate::NoHint : hint);
    if (refused && byKey) {
        // The refused entry stays in the cell, selected, to be corrected or dropped with Esc.
        edit(currentIndex());
        for (QLineEdit* reopened : findChildren<QLineEdit*>(QStringLiteral("cellEditor"))) {
            if (reopened != editor) {
                reopened->setText(typed);
                reopened->selectAll();
            }
        }
        return;
    }
    if (!refused && hint == QAbstractItemDelegate::NoHint)
        moveBy(rows, columns);
}

void JournalGridView::moveBy(int rows, int columns)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || (rows == 0 && columns == 0))
        return;
    const int row = std::clamp(current.row() + rows, 0, model()->rowCount() - 1);
    const int column = std::clamp(current.column() + columns, 0, model()->columnCount() - 1);
    setCurrentIndex(model()->index(row, column));
}

void JournalGridView::clearSelectedCells()
{
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append(currentIndex());
    for (const QModelIndex& cell : std::as_const(cells)) {
        if (cell.flags() & Qt::ItemIsEditable && !cell.data(Qt::EditRole).toString().isEmpty())
            model()->setData(cell, QString());
    }
    m_refusedWhileCommitting = false; // the refusal was shown; no editor was open
}
