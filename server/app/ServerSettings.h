#pragma once

#include <QtGlobal>

// The server's tunables in one typed place, with the defaults the school gets.
struct ServerSettings
{
    // Database workers; 0: two per processor core, at least four. Each keeps a PostgreSQL
    // backend busy on the same cores: more of them only queue for the processors and stretch
    // the slowest replies (bench_journal, docs/performance.md).
    int workerThreads = 0;
    // A signed-in session ends after this long without a request.
    int sessionIdleTimeoutSeconds = 30 * 60;
    // Failed sign-ins from one address for one login before that pair is locked out.
    int lockoutFailures = 5;
    int lockoutWindowSeconds = 15 * 60;
    // Reply delay after a failed sign-in grows by this per recent failure, up to the cap.
    int failedLoginDelayStepMs = 200;
    int failedLoginDelayCapMs = 2000;
    // Requests one connection may have queued; beyond that the server stops reading it.
    int maxRequestsInFlight = 64;
    int minimumPasswordLength = 8;
    // R06: days after the lesson an entry is on time (0: the lesson's day) and for written work.
    int entryWindowDays = 0;
    int writtenWorkWindowDays = 7;
    // R30: how long the reply to an edit with an idempotency key is kept for a resend.
    int idempotencyKeyRetentionDays = 30;
    // journal.get's answers kept for journals opened again unchanged (JournalAnswerCache):
    // at most this much (a full-year journal's answer is 60–200 KB); 0: none kept.
    qsizetype journalAnswerCacheBytes = 64 * 1024 * 1024;
    // The most `serve --journal-cache` takes, in MB.
    static constexpr int kMaxJournalAnswerCacheMb = 4096;
};
