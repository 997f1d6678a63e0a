#include "journal/JournalAnswerCache.h"

#include <QMutexLocker>

#include <memory>

JournalAnswerCache::JournalAnswerCache(qsizetype budgetBytes)
    : m_entries(std::max<qsizetype>(budgetBytes / 1024, 0))
{}

bool JournalAnswerCache::applies(const JournalInfo& journal) const
{
    // The budget is set once, in the constructor: read without the lock.
    return m_entries.maxCost() > 0 && !journal.revision.isEmpty() &&
           !journal.schoolRevision.isEmpty();
}

JournalAnswerCache::Key JournalAnswerCache::keyOf(const JournalInfo& journal, const QDate& from,
                                                  const QDate& to, JournalAnswer::Layout layout)
{
    return {journal.assignmentId,
            from,
            to,
            layout,
            journal.classId,
            journal.subgroupId,
            journal.doubleMark,
            journal.passFail};
}

QByteArray JournalAnswerCache::find(const JournalInfo& journal, const QDate& from, const QDate& to,
                                    JournalAnswer::Layout layout) const
{
    if (!applies(journal))
        return {};
    const QMutexLocker lock(&m_mutex);
    const Entry* entry = m_entries.object(keyOf(journal, from, to, layout));
    if (!entry || entry->revision != journal.revision ||
        entry->schoolRevision != journal.schoolRevision)
        return {};
    ++m_hits;
    return entry->body;
}

void JournalAnswerCache::keep(const JournalInfo& journal, const QDate& from, const QDate& to,
                              JournalAnswer::Layout layout, const QByteArray& body)
{
    if (!applies(journal))
        return;
    auto entry = std::make_unique<Entry>(Entry{journal.revision, journal.schoolRevision, body});
    // The body, the two revisions' texts, the entry and QCache's node for it.
    constexpr qsizetype kBookkeeping = 2 * 128 + sizeof(Entry) + 2 * sizeof(Key);
    const qsizetype cost = (body.size() + kBookkeeping + 1023) / 1024;
    const QMutexLocker lock(&m_mutex);
    // QCache deletes the entry itself when it costs more than the whole budget.
    if (m_entries.insert(keyOf(journal, from, to, layout), entry.release(), cost))
        ++m_kept;
}
