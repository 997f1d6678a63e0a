#pragma once

#include "journal/JournalAnswer.h"

#include <QByteArray>
#include <QCache>
#include <QDate>
#include <QHashFunctions>
#include <QMutex>

#include <atomic>

// journal.get's answers (their bodies, JournalAnswer::body) as last made, each with the
// journal's revision and the school's it was made at (sql/0010), used again while both still
// hold: a journal opened again unchanged costs its lookup alone. Shared by the server's
// database workers; beyond the budget the least recently used go first.
class JournalAnswerCache
{
public:
    // 0: nothing is kept.
    explicit JournalAnswerCache(qsizetype budgetBytes);

    // The body made for this journal, range and layout at the journal's revisions (as its
    // lookup read them); a null QByteArray when there is none.
    QByteArray find(const JournalInfo& journal, const QDate& from, const QDate& to,
                    JournalAnswer::Layout layout) const;
    // Keeps a body made of contents read at the journal's revisions (JournalContents::
    // atRevisions), in place of any older one for the same journal, range and layout.
    void keep(const JournalInfo& journal, const QDate& from, const QDate& to,
              JournalAnswer::Layout layout, const QByteArray& body);

    // Answers found, and answers kept, since start (tests, benchmarks).
    qint64 hits() const { return m_hits.load(); }
    qint64 kept() const { return m_kept.load(); }

private:
    // What the body depends on besides the revisions: the journal's class, subgroup and the
    // subject's mark rules are read afresh with the journal and may change without a revision.
    struct Key
    {
        qint64 assignmentId = 0;
        QDate from;
        QDate to;
        JournalAnswer::Layout layout = JournalAnswer::Layout::Maps;
        qint64 classId = 0;
        qint64 subgroupId = 0;
        bool doubleMark = false;
        bool passFail = false;

        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.assignmentId, key.from, key.to, int(key.layout),
                              key.classId, key.subgroupId, key.doubleMark, key.passFail);
        }
    };
    struct Entry
    {
        QString revision;
        QString schoolRevision;
        QByteArray body;
    };
    static Key keyOf(const JournalInfo& journal, const QDate& from, const QDate& to,
                     JournalAnswer::Layout layout);
    // Whether an answer of this journal may be found or kept: a budget, and both revisions.
    bool applies(const JournalInfo& journal) const;

    mutable QMutex m_mutex;
    // The cost of an entry: its body and bookkeeping in KiB, rounded up (QCache's costs are
    // counts).
    mutable QCache<Key, Entry> m_entries;
    mutable std::atomic<qint64> m_hits = 0;
    std::atomic<qint64> m_kept = 0;
};
