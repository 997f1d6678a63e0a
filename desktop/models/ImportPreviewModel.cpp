#include "models/ImportPreviewModel.h"

#include <QBrush>
#include <QCborArray>
#include <QColor>

namespace {
const QColor kIssueColor(255, 214, 214);
}

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setReport(const QCborMap& report)
{
    QStringList header;
    for (const QCborValue& field : report.value(QStringLiteral("header")).toArray())
        header.append(field.toString());
    QList<QStringList> records;
    for (const QCborValue& record : report.value(QStringLiteral("preview")).toArray()) {
        QStringList fields;
        for (const QCborValue& field : record.toArray())
            fields.append(field.toString());
        records.append(fields);
    }
    QMap<int, QStringList> issues;
    for (const QCborValue& issue : report.value(QStringLiteral("issues")).toArray())
        issues[int(issue[QStringLiteral("line")].toInteger())].append(
            issue[QStringLiteral("message")].toString());
    setPreview(header, records, issues);
}

void ImportPreviewModel::setPreview(const QStringList& header, const QList<QStringList>& records,
                                    const QMap<int, QStringList>& issuesByLine)
{
    beginResetModel();
    m_header = header;
    m_records = records;
    m_issues = issuesByLine;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    qsizetype columns = m_header.size();
    for (const QStringList& record : m_records)
        columns = qMax(columns, record.size());
    return int(columns);
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int line = lineOfRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_records.at(index.row()).value(index.column());
    case Qt::BackgroundRole:
        return m_issues.contains(line) ? QVariant(QBrush(kIssueColor)) : QVariant();
    case Qt::ToolTipRole:
        return m_issues.contains(line) ? QVariant(m_issues.value(line).join(QLatin1Char('\n')))
                                       : QVariant();
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return lineOfRow(section);
    return m_header.value(section);
}
