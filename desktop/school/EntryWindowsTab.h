#pragma once

#include <QCborMap>
#include <QWidget>

class DesktopSession;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

// «Сроки записей»: the school's windows for journal entries (R06) and homework (R10), read
// with setting.list and saved with setting.set (audited on the server).
class EntryWindowsTab : public QWidget
{
    Q_OBJECT
public:
    explicit EntryWindowsTab(DesktopSession* session, QWidget* parent = nullptr);

    void reload();
    void save();
    QString statusText() const;

Q_SIGNALS:
    void loaded();
    void saved(bool ok);

private:
    void show(const QCborMap& settings);
    void saveNext(QList<QPair<QString, QString>> changes);

    DesktopSession* m_session;
    QCborMap m_shown;
    QSpinBox* m_entryDays;
    QSpinBox* m_writtenDays;
    QSpinBox* m_homeworkMinutes;
    QCheckBox* m_homeworkByEndOfDay;
    QPushButton* m_save;
    QLabel* m_status;
};
