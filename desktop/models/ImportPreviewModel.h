#pragma once

#include <QAbstractTableModel>
#include <QCborMap>
#include <QMap>
#include <QStringList>

// The first records of a class-list file as the import wizard previews them, each row
// coloured and explained when the server (or the local reading) found an issue on its line.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    // Reads a roster.import reply: header, preview, issues. Preview record i is taken to
    // start on line i + 2 (the header is line 1), as in files without multi-line fields.
    void setReport(const QCborMap& report);
    void setPreview(const QStringList& header, const QList<QStringList>& records,
                    const QMap<int, QStringList>& issuesByLine);
    static int lineOfRow(int row) { return row + 2; }
    bool rowHasIssue(int row) const { return m_issues.contains(lineOfRow(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_records;
    QMap<int, QStringList> m_issues; // line → messages
};
