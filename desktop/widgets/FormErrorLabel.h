#pragma once

#include <QLabel>

// A dialog's refusal line: dark red, wrapped, hidden while there is nothing to say. Its object
// name is "errorLabel", which the tests look for.
class FormErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FormErrorLabel(QWidget* parent = nullptr);

    // Shows `message`; an empty one hides the line.
    void setMessage(const QString& message);
    // What is shown; empty while hidden.
    QString message() const;
};
