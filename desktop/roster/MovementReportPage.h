#pragma once

#include <QWidget>

class DesktopSession;
class MovementListModel;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;

// The movement report (movement.list): a date range, the table of admissions, transfers and
// leavings with their orders, print preview and PDF.
class MovementReportPage : public QWidget
{
    Q_OBJECT
public:
    explicit MovementReportPage(DesktopSession* session, QWidget* parent = nullptr);

    MovementListModel* model() const { return m_model; }
    void setRange(const QDate& from, const QDate& to);

public Q_SLOTS:
    void load();
    void printPreview();
    void exportPdf();

Q_SIGNALS:
    void loaded();

private:
    void paint(QPrinter* printer) const;

    DesktopSession* m_session;
    MovementListModel* m_model;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_status;
    QPushButton* m_print;
    QPushButton* m_pdf;
};
