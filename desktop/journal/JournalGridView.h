#pragma once

#include <QTableView>

// The grid as a spreadsheet: typing starts an entry, Enter or ↓ stores it and moves down,
// ↑ moves up, Tab and → right, Delete clears the selected cells, Esc drops the entry. A
// refused entry stays put and its reason is shown at the cell.
class JournalGridView : public QTableView
{
    Q_OBJECT
public:
    explicit JournalGridView(QWidget* parent = nullptr);

    // The reason an entry was refused, shown next to the cell.
    void showRefusal(const QModelIndex& index, const QString& message);
    const QString& lastRefusal() const { return m_lastRefusal; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveBy(int rows, int columns);
    void clearSelectedCells();

    QString m_lastRefusal;
    bool m_refusedWhileCommitting = false;
    int m_pendingRowMove = 0;
    int m_pendingColumnMove = 0;
    bool m_closingByKey = false; // Enter or an arrow stored the entry
    friend class JournalCellDelegate;
};
