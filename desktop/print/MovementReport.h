#pragma once

#include "domain/SchoolTypes.h"

#include <QCoreApplication>
#include <QList>

class QPrinter;
class QTextDocument;

// The movement report as a printed form: admissions, transfers and leavings with their
// orders for a date range, A4, page numbers.
class MovementReport
{
    Q_DECLARE_TR_FUNCTIONS(MovementReport)
public:
    MovementReport(QString schoolName, QDate from, QDate to, QList<Movement> movements);

    // The document in DejaVu Sans; the caller owns it.
    QTextDocument* createDocument() const;
    void print(QPrinter* printer) const;

private:
    QString m_schoolName;
    QDate m_from;
    QDate m_to;
    QList<Movement> m_movements;
};
