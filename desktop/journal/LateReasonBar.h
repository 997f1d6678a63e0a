#pragma once

#include <QCborMap>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks, inside the journal page, for the reason of entries the server refused as late (R06):
// one question at a time, keyboard-first (Enter sends with the reason, Esc drops the entry).
// No modal dialog, so the auto-lock (R20) hides it with the journal.
class LateReasonBar : public QWidget
{
    Q_OBJECT
public:
    explicit LateReasonBar(QWidget* parent = nullptr);

    // Queues a question about the edit `op` with `args`.
    void ask(const QString& op, const QCborMap& args, const QString& question);
    int waiting() const { return int(m_asks.size()); }
    QString question() const;

    // What the buttons do, for the keyboard and for tests.
    void answer(const QString& reason);
    void decline();

Q_SIGNALS:
    void answered(const QString& op, const QCborMap& args, const QString& reason);
    void declined(const QString& op, const QCborMap& args);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Ask
    {
        QString op;
        QCborMap args;
        QString question;
    };
    void showFirst();

    QList<Ask> m_asks;
    QLabel* m_question;
    QLineEdit* m_reason;
    QPushButton* m_send;
    QPushButton* m_drop;
};
