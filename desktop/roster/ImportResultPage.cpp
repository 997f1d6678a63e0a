#include "roster/ImportResultPage.h"

#include "protocol/OpNames.h"
#include "roster/ImportOrderPage.h"
#include "roster/ImportWizard.h"
#include "session/DesktopSession.h"

#include <QCborArray>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QVBoxLayout>

ImportResultPage::ImportResultPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Import"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("resultIssuesList"));
    m_issues->hide();
    layout->addWidget(m_result);
    layout->addWidget(m_issues, 1);
}

QString ImportResultPage::resultText() const
{
    return m_result->text();
}

void ImportResultPage::initializePage()
{
    auto* importWizard = static_cast<ImportWizard*>(wizard());
    m_done = false;
    m_imported = 0;
    m_result->setText(tr("Importing…"));
    m_issues->clear();
    m_issues->hide();
    QCborMap args = importWizard->fileArgs();
    const QCborMap order = importWizard->orderPage()->orderArgs();
    for (auto it = order.begin(); it != order.end(); ++it)
        args.insert(it.key(), it.value());
    args.insert(QStringLiteral("dry_run"), false);
    setCursor(Qt::BusyCursor);
    QPointer<ImportResultPage> self(this);
    importWizard->session()->send(QString::fromLatin1(Op::RosterImport), args,
                                  [self](const Reply& reply) {
                                      if (self)
                                          self->onReply(reply);
                                  });
}

void ImportResultPage::onReply(const Reply& reply)
{
    unsetCursor();
    m_done = true;
    if (!reply.ok) {
        m_result->setText(
            tr("Nothing was imported. The server refused: %1").arg(reply.error.message));
    } else {
        m_imported = int(reply.result[QStringLiteral("imported")].toInteger());
        const QCborArray issues = reply.result[QStringLiteral("issues")].toArray();
        if (m_imported > 0)
            m_result->setText(tr("Imported %n student(s).", nullptr, m_imported));
        else
            m_result->setText(tr("Nothing was imported: the file has errors. Fix them, or "
                                 "import only the rows without errors."));
        for (const QCborValue& issue : issues)
            m_issues->addItem(tr("line %1: %2")
                                  .arg(QString::number(issue[QStringLiteral("line")].toInteger()),
                                       issue[QStringLiteral("message")].toString()));
        m_issues->setVisible(!issues.isEmpty());
        if (m_imported > 0)
            Q_EMIT static_cast<ImportWizard*>(wizard())->imported(m_imported);
    }
    Q_EMIT completeChanged();
    Q_EMIT importFinished();
}
