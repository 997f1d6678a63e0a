#pragma once

#include <QComboBox>

class RecordTableModel;

// A combo box over the records of a structure table (classes, years): shows one text key,
// answers the chosen record's id and keeps that choice when the table is reloaded.
class RecordPicker : public QComboBox
{
    Q_OBJECT
public:
    RecordPicker(RecordTableModel* records, const QString& titleKey, QWidget* parent = nullptr);

    qint64 currentId() const { return currentData().toLongLong(); }
    // Picks the record with this id; false when the table does not hold it.
    bool pick(qint64 id);
    // Before the user picks, the first record with this flag set is chosen (the current year).
    void preferFlagged(const QString& flagKey) { m_flagKey = flagKey; }

Q_SIGNALS:
    // Another record was picked (0: none).
    void picked(qint64 id);

private:
    void refill();

    RecordTableModel* m_records;
    QString m_titleKey;
    QString m_flagKey;
    qint64 m_lastId = 0;
};
