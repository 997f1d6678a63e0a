#include "roster/ImportFilePage.h"

#include "roster/ImportWizard.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// A class list is a few kilobytes; anything this large is not one.
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
} // namespace

ImportFilePage::ImportFilePage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A class list saved from Excel as CSV: surname, name, patronymic, date of "
                   "birth, sex, class, personal file number."));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("fileEdit"));
    label->setBuddy(m_path);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00000; }"));
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void ImportFilePage::setFileName(const QString& path)
{
    m_path->setText(path);
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Class list"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    QFile file(m_path->text().trimmed());
    if (file.size() > kMaxFileBytes) {
        m_error->setText(tr("The file is too large for a class list."));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read the file: %1").arg(file.errorString()));
        return false;
    }
    m_error->clear();
    static_cast<ImportWizard*>(wizard())->setFile(file.fileName(), file.readAll());
    return true;
}
