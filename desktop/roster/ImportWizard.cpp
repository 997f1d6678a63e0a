#include "roster/ImportWizard.h"

#include "roster/ImportFilePage.h"
#include "roster/ImportOrderPage.h"
#include "roster/ImportPreviewPage.h"
#include "roster/ImportResultPage.h"

ImportWizard::ImportWizard(DesktopSession* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_filePage(new ImportFilePage(this))
    , m_previewPage(new ImportPreviewPage(this))
    , m_orderPage(new ImportOrderPage(this))
    , m_resultPage(new ImportResultPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import class lists"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(OrderPage, m_orderPage);
    setPage(ResultPage, m_resultPage);
    resize(820, 560);
}

void ImportWizard::setFile(const QString& path, const QByteArray& bytes)
{
    m_fileName = path;
    m_bytes = bytes;
}

QCborMap ImportWizard::fileArgs() const
{
    QCborMap args{{QStringLiteral("csv_base64"), QString::fromLatin1(m_bytes.toBase64())}};
    if (!m_encoding.isEmpty())
        args.insert(QStringLiteral("encoding"), m_encoding);
    return args;
}
