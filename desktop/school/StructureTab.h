#pragma once

#include "models/RecordTableModel.h"
#include "school/RecordEditDialog.h"

#include <QCborMap>
#include <QWidget>

class DesktopSession;
class QHBoxLayout;
class QLabel;
class QTableView;
class RecordPicker;

// A structure tab over the records of one picked class or year (curriculum, subgroups,
// holidays): a picker, a table from the list op, and an edit dialog over the save op.
class StructureTab : public QWidget
{
    Q_OBJECT
public:
    struct Ops
    {
        const char* listOp;
        const char* saveOp;
        QString pickedKey; // the list and save argument naming the picked record
        QString arrayKey;  // the list's array in the reply
    };

    StructureTab(DesktopSession* session, RecordTableModel* pickFrom, const QString& pickTitleKey,
                 const Ops& ops, const QList<RecordTableModel::Column>& columns,
                 QWidget* parent = nullptr);

    // (title, id) choices from a structure table.
    static RecordField::Choices choicesOf(const RecordTableModel* records, const QString& titleKey);

    RecordPicker* picker() const { return m_picker; }
    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool canEdit() const { return m_canEdit; }
    qint64 pickedId() const;
    QCborMap currentRecord() const;

public Q_SLOTS:
    void reload();
    void addRecord();
    void editRecord();

Q_SIGNALS:
    void loaded();

protected:
    // The form's fields for a new (empty) or an existing record.
    virtual QList<RecordField> fields(const QCborMap& record) const = 0;
    // The values a new record's form starts from.
    virtual QCborMap blankRecord() const { return {}; }
    virtual void onLoaded() {}
    // The row beside which a subclass may place more widgets.
    QHBoxLayout* body() const { return m_body; }
    DesktopSession* session() const { return m_session; }
    void showStatus(const QString& text);

private:
    DesktopSession* m_session;
    Ops m_ops;
    bool m_canEdit;
    RecordPicker* m_picker;
    RecordTableModel* m_model;
    QTableView* m_view;
    QHBoxLayout* m_body;
    QLabel* m_status;
    quint64 m_generation = 0;
};
