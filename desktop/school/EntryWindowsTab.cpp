#include "school/EntryWindowsTab.h"

#include "protocol/OpNames.h"
#include "session/DesktopSession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString kEntryDays = QStringLiteral("entry_window_days");
const QString kWrittenDays = QStringLiteral("written_work_window_days");
const QString kHomework = QStringLiteral("homework_window");
const QString kEndOfDay = QStringLiteral("end_of_day");
constexpr int kLongestDayWindow = 60;
constexpr int kLongestHomework = 24 * 60;
constexpr int kMinuteStep = 15;
} // namespace

EntryWindowsTab::EntryWindowsTab(DesktopSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_entryDays(new QSpinBox(this))
    , m_writtenDays(new QSpinBox(this))
    , m_homeworkMinutes(new QSpinBox(this))
    , m_homeworkByEndOfDay(new QCheckBox(tr("by the end of the working day (18:00)"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("entryWindowsTab"));
    m_entryDays->setObjectName(QStringLiteral("entryDays"));
    m_entryDays->setRange(0, kLongestDayWindow);
    m_entryDays->setSpecialValueText(tr("on the lesson's day only"));
    m_writtenDays->setObjectName(QStringLiteral("writtenDays"));
    m_writtenDays->setRange(0, kLongestDayWindow);
    m_homeworkMinutes->setObjectName(QStringLiteral("homeworkMinutes"));
    m_homeworkMinutes->setRange(0, kLongestHomework);
    m_homeworkMinutes->setSingleStep(kMinuteStep);
    m_homeworkMinutes->setSuffix(tr(" min after the class's last lesson"));
    m_homeworkByEndOfDay->setObjectName(QStringLiteral("homeworkByEndOfDay"));
    m_save->setObjectName(QStringLiteral("saveWindowsButton"));
    m_status->setObjectName(QStringLiteral("windowsStatus"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Marks, absences, topics (days after the lesson):"), m_entryDays);
    form->addRow(tr("Marks for written work (days):"), m_writtenDays);
    form->addRow(tr("Homework:"), m_homeworkMinutes);
    form->addRow(QString(), m_homeworkByEndOfDay);
    auto* note = new QLabel(tr("Later entries need a reason and go to the corrections report "
                               "(R06); late homework is shown in the control report (R10)."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_homeworkByEndOfDay, &QCheckBox::toggled, m_homeworkMinutes, &QWidget::setDisabled);
    connect(m_save, &QPushButton::clicked, this, &EntryWindowsTab::save);
}

void EntryWindowsTab::reload()
{
    QPointer<EntryWindowsTab> self(this);
    m_session->send(QString::fromLatin1(Op::SettingList), {}, [self](const Reply& reply) {
        if (!self)
            return;
        if (!reply.ok) {
            self->m_status->setText(reply.error.message);
            return;
        }
        self->show(reply.result[QStringLiteral("settings")].toMap());
        Q_EMIT self->loaded();
    });
}

void EntryWindowsTab::show(const QCborMap& settings)
{
    m_shown = settings;
    m_entryDays->setValue(int(settings.value(kEntryDays).toInteger()));
    m_writtenDays->setValue(int(settings.value(kWrittenDays).toInteger()));
    const QString homework = settings.value(kHomework).toString();
    m_homeworkByEndOfDay->setChecked(homework == kEndOfDay);
    if (homework != kEndOfDay)
        m_homeworkMinutes->setValue(homework.toInt());
}

void EntryWindowsTab::save()
{
    QList<QPair<QString, QString>> changes;
    auto change = [&](const QString& key, const QString& value) {
        if (m_shown.value(key).toVariant().toString() != value)
            changes.append({key, value});
    };
    change(kEntryDays, QString::number(m_entryDays->value()));
    change(kWrittenDays, QString::number(m_writtenDays->value()));
    change(kHomework, m_homeworkByEndOfDay->isChecked()
                          ? kEndOfDay
                          : QString::number(m_homeworkMinutes->value()));
    m_status->setText(changes.isEmpty() ? tr("Nothing changed.") : tr("Saving…"));
    if (changes.isEmpty()) {
        Q_EMIT saved(true);
        return;
    }
    saveNext(changes);
}

void EntryWindowsTab::saveNext(QList<QPair<QString, QString>> changes)
{
    const auto [key, value] = changes.takeFirst();
    QPointer<EntryWindowsTab> self(this);
    m_session->send(QString::fromLatin1(Op::SettingSet),
                    {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}},
                    [self, changes](const Reply& reply) {
                        if (!self)
                            return;
                        if (!reply.ok) {
                            self->m_status->setText(reply.error.message);
                            Q_EMIT self->saved(false);
                            return;
                        }
                        self->show(reply.result[QStringLiteral("settings")].toMap());
                        if (!changes.isEmpty()) {
                            self->saveNext(changes);
                            return;
                        }
                        self->m_status->setText(tr("Saved."));
                        Q_EMIT self->saved(true);
                    });
}

QString EntryWindowsTab::statusText() const
{
    return m_status->text();
}
