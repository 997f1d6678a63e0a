#include "widgets/FormErrorLabel.h"

FormErrorLabel::FormErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("errorLabel"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { color: #b00000; }"));
    hide();
}

void FormErrorLabel::setMessage(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString FormErrorLabel::message() const
{
    return isHidden() ? QString() : text();
}
