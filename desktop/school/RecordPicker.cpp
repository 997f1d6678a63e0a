#include "school/RecordPicker.h"

#include "models/RecordTableModel.h"

#include <QSignalBlocker>

RecordPicker::RecordPicker(RecordTableModel* records, const QString& titleKey, QWidget* parent)
    : QComboBox(parent)
    , m_records(records)
    , m_titleKey(titleKey)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_records, &QAbstractItemModel::modelReset, this, &RecordPicker::refill);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (currentId() == m_lastId)
            return;
        m_lastId = currentId();
        Q_EMIT picked(m_lastId);
    });
    refill();
}

bool RecordPicker::pick(qint64 id)
{
    const int index = findData(QVariant(id));
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void RecordPicker::refill()
{
    qint64 kept = m_lastId;
    if (kept == 0 && !m_flagKey.isEmpty()) {
        for (const QCborMap& record : m_records->records()) {
            if (record.value(m_flagKey).toBool()) {
                kept = record.value(QStringLiteral("id")).toInteger();
                break;
            }
        }
    }
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const QCborMap& record : m_records->records())
            addItem(record.value(m_titleKey).toString(),
                    QVariant(record.value(QStringLiteral("id")).toInteger()));
        const int index = findData(QVariant(kept));
        setCurrentIndex(index >= 0 ? index : (count() > 0 ? 0 : -1));
    }
    if (currentId() != m_lastId) {
        m_lastId = currentId();
        Q_EMIT picked(m_lastId);
    }
}
