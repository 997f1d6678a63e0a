#include "print/MovementReport.h"

#include "models/MovementListModel.h"
#include "print/PrintFonts.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

#include <memory>

namespace {
const QString kDateFormat = QStringLiteral("dd.MM.yyyy");

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}
} // namespace

MovementReport::MovementReport(QString schoolName, QDate from, QDate to, QList<Movement> movements)
    : m_schoolName(std::move(schoolName))
    , m_from(from)
    , m_to(to)
    , m_movements(std::move(movements))
{}

QTextDocument* MovementReport::createDocument() const
{
    QString html = QStringLiteral("<p>%1</p><h3>%2</h3>")
                       .arg(m_schoolName.toHtmlEscaped(),
                            tr("Movement of students from %1 to %2")
                                .arg(m_from.toString(kDateFormat), m_to.toString(kDateFormat))
                                .toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "width=\"100%\"><tr>");
    for (const QString& title : {tr("Date"), tr("Movement"), tr("Student"), tr("From class"),
                                 tr("To class"), tr("Order no."), tr("Order date")})
        html += QStringLiteral("<th>%1</th>").arg(title.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const Movement& movement : m_movements) {
        html += QStringLiteral("<tr>") + cell(movement.onDate.toString(kDateFormat)) +
                cell(MovementListModel::kindName(movement.kind)) + cell(movement.studentName) +
                cell(movement.fromClassTitle) + cell(movement.toClassTitle) +
                cell(movement.orderNo) + cell(movement.orderDate.toString(kDateFormat)) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Total: %n movement(s).", nullptr, int(m_movements.size())));
    auto* document = new QTextDocument;
    QFont font(PrintFonts::family());
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setHtml(html);
    return document;
}

void MovementReport::print(QPrinter* printer) const
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    std::unique_ptr<QTextDocument> document(createDocument());
    // QTextDocument::print numbers the pages itself.
    document->print(printer);
}
