#include "roster/ImportPreviewPage.h"

#include "import/RosterCsv.h"
#include "models/ImportPreviewModel.h"
#include "protocol/OpNames.h"
#include "roster/ImportWizard.h"
#include "session/DesktopSession.h"

#include <QCborArray>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString separatorName(const QString& separator)
{
    if (separator == QLatin1String(";"))
        return ImportPreviewPage::tr("semicolon (;)");
    if (separator == QLatin1String(","))
        return ImportPreviewPage::tr("comma (,)");
    if (separator == QLatin1String("\t"))
        return ImportPreviewPage::tr("tab");
    return separator;
}
} // namespace

ImportPreviewPage::ImportPreviewPage(QWidget* parent)
    : QWizardPage(parent)
    , m_model(new ImportPreviewModel(this))
{
    setTitle(tr("Check the file"));
    setSubTitle(tr("Nothing has been written yet. Rows with errors are highlighted."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("Windows-1251"), QStringLiteral("windows-1251"));
    m_encodingLabel = new QLabel(this);
    m_encodingLabel->setObjectName(QStringLiteral("encodingLabel"));
    m_separatorLabel = new QLabel(this);
    m_separatorLabel->setObjectName(QStringLiteral("separatorLabel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("Detected encoding:"), m_encodingLabel);
    form->addRow(tr("Separator:"), m_separatorLabel);
    layout->addLayout(form);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues = new QListWidget(splitter);
    m_issues->setObjectName(QStringLiteral("issuesList"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_issues);
    splitter->setStretchFactor(0, 3);
    layout->addWidget(splitter, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<ImportWizard*>(wizard())->setForcedEncoding(
            m_encoding->currentData().toString());
        showLocalReading();
        runDryRun();
    });
    // Choosing an issue shows its row in the preview.
    connect(m_issues, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const int line = m_issues->item(row)->data(Qt::UserRole).toInt();
        const int previewRow = line - ImportPreviewModel::lineOfRow(0);
        if (previewRow >= 0 && previewRow < m_model->rowCount())
            m_view->selectRow(previewRow);
    });
}

void ImportPreviewPage::initializePage()
{
    showLocalReading();
    runDryRun();
}

void ImportPreviewPage::setEncodingChoice(int index)
{
    m_encoding->setCurrentIndex(index);
}

QString ImportPreviewPage::encodingText() const
{
    return m_encodingLabel->text();
}

QString ImportPreviewPage::separatorText() const
{
    return m_separatorLabel->text();
}

QStringList ImportPreviewPage::issueLines() const
{
    QStringList lines;
    for (int row = 0; row < m_issues->count(); ++row)
        lines.append(m_issues->item(row)->text());
    return lines;
}

void ImportPreviewPage::showLocalReading()
{
    auto* importWizard = static_cast<ImportWizard*>(wizard());
    const RosterFile file =
        RosterCsv::parseRoster(importWizard->fileBytes(), importWizard->forcedEncoding());
    QMap<int, QStringList> byLine;
    QList<QPair<int, QString>> issues;
    for (const RosterIssue& issue : file.issues) {
        byLine[issue.line].append(issue.message);
        issues.append({issue.line, issue.message});
    }
    m_model->setPreview(file.header, file.preview, byLine);
    m_encodingLabel->setText(file.encoding);
    m_separatorLabel->setText(separatorName(QString(file.separator)));
    showIssues(issues);
    m_summary->setText(tr("Checking the file with the server…"));
}

void ImportPreviewPage::runDryRun()
{
    auto* importWizard = static_cast<ImportWizard*>(wizard());
    m_done = false;
    m_report = {};
    Q_EMIT completeChanged();
    QCborMap args = importWizard->fileArgs();
    args.insert(QStringLiteral("dry_run"), true);
    const quint64 generation = ++m_generation;
    setCursor(Qt::BusyCursor);
    QPointer<ImportPreviewPage> self(this);
    importWizard->session()->send(QString::fromLatin1(Op::RosterImport), args,
                                  [self, generation](const Reply& reply) {
                                      // A newer dry run (another encoding) supersedes this one.
                                      if (self && generation == self->m_generation)
                                          self->onDryRun(reply);
                                  });
}

void ImportPreviewPage::onDryRun(const Reply& reply)
{
    unsetCursor();
    if (!reply.ok) {
        m_summary->setText(tr("The server refused the file: %1").arg(reply.error.message));
        Q_EMIT dryRunFinished();
        return;
    }
    m_report = reply.result.toMap();
    m_model->setReport(m_report);
    m_encodingLabel->setText(m_report.value(QStringLiteral("encoding")).toString());
    m_separatorLabel->setText(
        separatorName(m_report.value(QStringLiteral("separator")).toString()));
    QList<QPair<int, QString>> issues;
    for (const QCborValue& issue : m_report.value(QStringLiteral("issues")).toArray())
        issues.append({int(issue[QStringLiteral("line")].toInteger()),
                       issue[QStringLiteral("message")].toString()});
    showIssues(issues);
    const qint64 rows = m_report.value(QStringLiteral("rows")).toInteger();
    const qint64 valid = m_report.value(QStringLiteral("valid_rows")).toInteger();
    if (issues.isEmpty())
        m_summary->setText(tr("%n student(s) in the file, no errors.", nullptr, int(rows)));
    else
        m_summary->setText(tr("%n student(s) in the file; rows without errors: %1. A file with "
                              "errors imports nothing unless only the valid rows are asked for.",
                              nullptr, int(rows))
                               .arg(valid));
    m_done = true;
    Q_EMIT completeChanged();
    Q_EMIT dryRunFinished();
}

void ImportPreviewPage::showIssues(const QList<QPair<int, QString>>& issues)
{
    m_issues->clear();
    for (const auto& [line, message] : issues) {
        const QString text = line > 0 ? tr("line %1: %2").arg(QString::number(line), message)
                                      : tr("file: %1").arg(message);
        auto* item = new QListWidgetItem(text, m_issues);
        item->setData(Qt::UserRole, line);
    }
}

bool ImportPreviewPage::isComplete() const
{
    return m_done && m_report.value(QStringLiteral("valid_rows")).toInteger() > 0;
}
