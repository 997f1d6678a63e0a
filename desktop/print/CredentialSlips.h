#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

// One account's initial credentials, as handed out on paper.
struct CredentialSlip
{
    QString fullName;
    QString classTitle;
    QString login;
    QString password;
};

// Lays out A4 pages of cut-out credential slips (R20): school, name, class, login, initial
// password and how to sign in, with page numbers, in DejaVu Sans.
class CredentialSlips
{
    Q_DECLARE_TR_FUNCTIONS(CredentialSlips)
public:
    static constexpr int kSlipsPerPage = 5;

    CredentialSlips(QString schoolName, QString serverAddress);

    static int pageCount(int slips);
    // Paints all slips on `device` (a QPrinter or QPdfWriter, set to A4 by this call);
    // returns false if painting could not start.
    bool render(QPagedPaintDevice* device, const QList<CredentialSlip>& slips) const;
    // Writes a PDF file; false if it could not be written.
    bool writePdf(const QString& path, const QList<CredentialSlip>& slips) const;

private:
    QString m_schoolName;
    QString m_serverAddress;
};
