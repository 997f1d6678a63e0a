#pragma once

#include <QCborMap>
#include <QWizardPage>

class QLabel;
class QListWidget;
struct Reply;

// The import wizard's last page: sends the real import and shows how many students were
// written, or the server's refusal.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return m_done; }
    bool isDone() const { return m_done; }
    int importedCount() const { return m_imported; }
    QString resultText() const;

Q_SIGNALS:
    void importFinished();

private:
    void onReply(const Reply& reply);

    QLabel* m_result;
    QListWidget* m_issues;
    bool m_done = false;
    int m_imported = 0;
};
