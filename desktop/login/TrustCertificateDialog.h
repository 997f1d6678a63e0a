#pragma once

#include <QDialog>

class QLabel;

// Asks whether to trust a server's certificate seen for the first time, showing its SHA-256
// fingerprint; when the certificate CHANGED it only warns and refuses, with no way to accept.
class TrustCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    TrustCertificateDialog(const QByteArray& fingerprint, const QString& hostAndPort, bool changed,
                           QWidget* parent = nullptr);

    bool isChangedWarning() const { return m_changed; }
    QString fingerprintText() const;

private:
    bool m_changed = false;
    QLabel* m_fingerprintLabel = nullptr;
};
