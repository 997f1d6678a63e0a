#pragma once

#include <QWidget>

// The page of a section not built yet: says so honestly.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(const QString& title, QWidget* parent = nullptr);
};
