#include "login/TrustCertificateDialog.h"

#include "net/Fingerprint.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

TrustCertificateDialog::TrustCertificateDialog(const QByteArray& fingerprint,
                                               const QString& hostAndPort, bool changed,
                                               QWidget* parent)
    : QDialog(parent)
    , m_changed(changed)
{
    setObjectName(QStringLiteral("trustCertificateDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    if (changed) {
        setWindowTitle(tr("Server certificate has changed"));
        intro->setText(
            tr("<b>Warning! The certificate of the server %1 has changed</b> since you last "
               "connected to it.<br><br>Someone may be intercepting the connection (a possible "
               "attack). The connection has been refused. Do not enter your password; contact "
               "your school's administrator.")
                .arg(hostAndPort.toHtmlEscaped()));
        intro->setStyleSheet(QStringLiteral("QLabel { color: #b00000; }"));
        intro->setTextFormat(Qt::RichText);
    } else {
        setWindowTitle(tr("New server certificate"));
        intro->setText(tr("This computer has not connected to the server %1 before. "
                          "The server presents a certificate with the SHA-256 fingerprint:")
                           .arg(hostAndPort));
    }
    layout->addWidget(intro);

    m_fingerprintLabel = new QLabel(Fingerprint::display(fingerprint), this);
    m_fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    m_fingerprintLabel->setWordWrap(true);
    m_fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                Qt::TextSelectableByKeyboard);
    layout->addWidget(m_fingerprintLabel);

    auto* question = new QLabel(this);
    question->setObjectName(QStringLiteral("questionLabel"));
    question->setWordWrap(true);
    layout->addWidget(question);

    auto* buttons = new QDialogButtonBox(this);
    if (changed) {
        question->setText(tr("If the administrator has really replaced the certificate, they "
                             "can tell you the new fingerprint; the saved certificate can then "
                             "be forgotten under \"Advanced\" in the sign-in window."));
        auto* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
        close->setObjectName(QStringLiteral("closeButton"));
        close->setDefault(true);
    } else {
        question->setText(tr("Compare it with the fingerprint your administrator gave you. "
                             "Do you trust this server?"));
        auto* trust = buttons->addButton(tr("Trust and connect"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustButton"));
        auto* cancel = buttons->addButton(tr("Do not trust"), QDialogButtonBox::RejectRole);
        cancel->setObjectName(QStringLiteral("cancelButton"));
        cancel->setDefault(true); // Enter must not trust by accident
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString TrustCertificateDialog::fingerprintText() const
{
    return m_fingerprintLabel->text();
}
