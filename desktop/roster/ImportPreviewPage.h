#pragma once

#include <QCborMap>
#include <QWizardPage>

class ImportPreviewModel;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
struct Reply;

// The import wizard's preview: the file as read locally at once, then as the server's dry
// run reports it (encoding, separator, rows, every issue by line); the encoding can be
// forced, which runs the dry run again.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    ImportPreviewModel* model() const { return m_model; }
    QString encodingText() const;
    QString separatorText() const;
    QStringList issueLines() const;
    bool dryRunDone() const { return m_done; }
    QCborMap report() const { return m_report; }
    // 0: detect, 1: UTF-8, 2: Windows-1251.
    void setEncodingChoice(int index);

Q_SIGNALS:
    void dryRunFinished();

private:
    void showLocalReading();
    void runDryRun();
    void onDryRun(const Reply& reply);
    void showIssues(const QList<QPair<int, QString>>& issues);

    ImportPreviewModel* m_model;
    QComboBox* m_encoding;
    QLabel* m_encodingLabel;
    QLabel* m_separatorLabel;
    QLabel* m_summary;
    QTableView* m_view;
    QListWidget* m_issues;
    QCborMap m_report;
    bool m_done = false;
    quint64 m_generation = 0;
};
