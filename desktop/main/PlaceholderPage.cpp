#include "main/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString& title, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    layout->addWidget(heading);
    auto* note = new QLabel(tr("This section will appear in a future version."), this);
    note->setObjectName(QStringLiteral("placeholderLabel"));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
}
