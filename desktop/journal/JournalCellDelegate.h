#pragma once

#include <QStyledItemDelegate>

class JournalGridView;

// The in-cell editor of the grid: a short line edit whose arrow keys leave the cell the way
// a spreadsheet's do.
class JournalCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit JournalCellDelegate(JournalGridView* view);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    // A reload while the user types keeps what they typed.
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    JournalGridView* m_view;
};
