#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

// The import wizard's first page: which CSV file to read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(QWidget* parent = nullptr);

    void setFileName(const QString& path);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    QLineEdit* m_path;
    QLabel* m_error;
};
