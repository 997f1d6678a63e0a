#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QWizard>

class DesktopSession;
class ImportFilePage;
class ImportOrderPage;
class ImportPreviewPage;
class ImportResultPage;

// Imports class lists from a CSV file (roster.import, R22): choose the file, see the
// server's dry run (encoding, separator, preview, every bad row), give the order, import.
// Nothing is written before the last page.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        OrderPage,
        ResultPage
    };

    explicit ImportWizard(DesktopSession* session, QWidget* parent = nullptr);

    DesktopSession* session() const { return m_session; }
    ImportFilePage* filePage() const { return m_filePage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportOrderPage* orderPage() const { return m_orderPage; }
    ImportResultPage* resultPage() const { return m_resultPage; }

    // The chosen file's bytes and the encoding to force ("" for detection).
    void setFile(const QString& path, const QByteArray& bytes);
    QString fileName() const { return m_fileName; }
    QByteArray fileBytes() const { return m_bytes; }
    QString forcedEncoding() const { return m_encoding; }
    void setForcedEncoding(const QString& encoding) { m_encoding = encoding; }
    // The arguments of roster.import for the file; the caller adds the rest.
    QCborMap fileArgs() const;

Q_SIGNALS:
    // Students were written (the roster screen reloads).
    void imported(int count);

private:
    DesktopSession* m_session;
    ImportFilePage* m_filePage;
    ImportPreviewPage* m_previewPage;
    ImportOrderPage* m_orderPage;
    ImportResultPage* m_resultPage;
    QString m_fileName;
    QByteArray m_bytes;
    QString m_encoding;
};
