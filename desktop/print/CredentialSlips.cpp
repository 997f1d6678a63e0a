#include "print/CredentialSlips.h"

#include "print/PrintFonts.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>

namespace {
constexpr qreal kMarginMm = 10;
constexpr qreal kPaddingMm = 4;
} // namespace

CredentialSlips::CredentialSlips(QString schoolName, QString serverAddress)
    : m_schoolName(std::move(schoolName))
    , m_serverAddress(std::move(serverAddress))
{}

int CredentialSlips::pageCount(int slips)
{
    return slips <= 0 ? 0 : (slips + kSlipsPerPage - 1) / kSlipsPerPage;
}

bool CredentialSlips::writePdf(const QString& path, const QList<CredentialSlip>& slips) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(tr("Credential slips"));
    writer.setCreator(QStringLiteral("ejournal"));
    return render(&writer, slips);
}

bool CredentialSlips::render(QPagedPaintDevice* device, const QList<CredentialSlip>& slips) const
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const qreal dotsPerMm = device->logicalDpiY() / 25.4;
    const auto mm = [dotsPerMm](qreal value) { return value * dotsPerMm; };
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF area =
        page.adjusted(mm(kMarginMm), mm(kMarginMm), -mm(kMarginMm), -mm(kMarginMm + 6));
    const qreal slipHeight = area.height() / kSlipsPerPage;
    const QString family = PrintFonts::family();
    QFont normal(family);
    normal.setPointSizeF(10);
    QFont bold(family);
    bold.setPointSizeF(12);
    bold.setBold(true);
    QFont mono(family);
    mono.setPointSizeF(13);
    mono.setBold(true);
    QPen cutLine(Qt::black);
    cutLine.setStyle(Qt::DashLine);
    cutLine.setWidthF(mm(0.2));

    const int pages = pageCount(int(slips.size()));
    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0)
            device->newPage();
        for (int slot = 0; slot < kSlipsPerPage; ++slot) {
            const int index = pageIndex * kSlipsPerPage + slot;
            if (index >= slips.size())
                break;
            const CredentialSlip& slip = slips.at(index);
            const QRectF box(area.left(), area.top() + slot * slipHeight, area.width(), slipHeight);
            painter.setPen(cutLine);
            painter.drawRect(box);
            painter.setPen(Qt::black);
            const QRectF inner =
                box.adjusted(mm(kPaddingMm), mm(kPaddingMm), -mm(kPaddingMm), -mm(kPaddingMm));
            const qreal lineHeight = inner.height() / 7;
            qreal y = inner.top();
            const auto line = [&](const QFont& font, const QString& text) {
                painter.setFont(font);
                painter.drawText(QRectF(inner.left(), y, inner.width(), lineHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, text);
                y += lineHeight;
            };
            line(normal, m_schoolName.isEmpty() ? tr("Electronic journal") : m_schoolName);
            line(bold, slip.classTitle.isEmpty()
                           ? slip.fullName
                           : tr("%1, class %2").arg(slip.fullName, slip.classTitle));
            line(mono, tr("Login: %1").arg(slip.login));
            line(mono, tr("Initial password: %1").arg(slip.password));
            line(normal, tr("How to sign in: start the «ejournal» program, server %1.")
                             .arg(m_serverAddress));
            line(normal, tr("Change the password at the first sign-in."));
        }
        painter.setFont(normal);
        painter.drawText(
            QRectF(page.left(), page.bottom() - mm(kMarginMm + 4), page.width(), mm(6)),
            Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(pageIndex + 1).arg(pages));
    }
    painter.end();
    return true;
}
