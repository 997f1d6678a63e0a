#include "roster/MovementReportPage.h"

#include "models/MovementListModel.h"
#include "print/MovementReport.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"

#include <QCborArray>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QDateEdit* dateEdit(const QDate& date, QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}
} // namespace

MovementReportPage::MovementReportPage(DesktopSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MovementListModel(this))
{
    setObjectName(QStringLiteral("movementReportPage"));
    const QDate today = QDate::currentDate();
    // The school year starts on 1 September.
    const QDate yearStart(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
    m_from = dateEdit(yearStart, this, QStringLiteral("fromEdit"));
    m_to = dateEdit(today, this, QStringLiteral("toEdit"));
    auto* show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("showButton"));
    show->setDefault(true);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setShortcut(QKeySequence::Print);
    m_pdf = new QPushButton(tr("P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* bar = new QHBoxLayout;
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(show);
    bar->addStretch(1);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("movementView"));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("movementStatus"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    layout->addWidget(m_status);

    connect(show, &QPushButton::clicked, this, &MovementReportPage::load);
    connect(m_print, &QPushButton::clicked, this, &MovementReportPage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &MovementReportPage::exportPdf);
    load();
}

void MovementReportPage::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void MovementReportPage::load()
{
    m_status->setText(tr("Loading…"));
    setCursor(Qt::BusyCursor);
    const QCborMap args{{QStringLiteral("from"), m_from->date().toString(Qt::ISODate)},
                        {QStringLiteral("to"), m_to->date().toString(Qt::ISODate)}};
    QPointer<MovementReportPage> self(this);
    m_session->send(QString::fromLatin1(Op::MovementList), args, [self](const Reply& reply) {
        if (!self)
            return;
        self->unsetCursor();
        if (!reply.ok) {
            self->m_status->setText(reply.error.message);
            return;
        }
        QList<Movement> movements;
        for (const QCborValue& value : reply.result[QStringLiteral("movements")].toArray())
            movements.append(Movement::fromCbor(value.toMap()));
        self->m_model->setMovements(movements);
        self->m_status->setText(tr("%n movement(s).", nullptr, int(movements.size())));
        Q_EMIT self->loaded();
    });
}

void MovementReportPage::paint(QPrinter* printer) const
{
    const QString school =
        m_session->connection().serverHello().value(QStringLiteral("school")).toString();
    MovementReport(school, m_from->date(), m_to->date(), m_model->movements()).print(printer);
}

void MovementReportPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { paint(target); });
    dialog.exec();
}

void MovementReportPage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"),
                                                      tr("movements.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    paint(&printer);
    m_status->setText(tr("Saved to %1").arg(path));
}
