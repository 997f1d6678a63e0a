#pragma once

#include "BenchSchool.h"
#include "support/TestClient.h"

#include <functional>
#include <memory>
#include <vector>

// Mark writes through the server (`cell.set` from N signed-in teacher connections at once)
// against the same rows written straight to PostgreSQL from N connections in the same run.
class WriteBench
{
public:
    // One cell a writer may change: a lesson of its own journal not yet past (no R06 reason).
    struct Target
    {
        qint64 lessonId = 0;
        qint64 studentId = 0;
        QString mark; // the mark now in the cell; each write flips it between 4 and 5
    };
    // One teacher at one computer writing into one journal of their own.
    struct Writer
    {
        QString login;
        qint64 userId = 0;
        qint64 assignmentId = 0;
        std::vector<Target> targets;
        size_t next = 0;
    };
    struct Figures
    {
        int clients = 0;
        double seconds = 0;
        LatencySummary latency;
        double writesPerSecond = 0;
    };

    explicit WriteBench(BenchSchool& school);
    ~WriteBench();

    // Picks up to `count` teachers with a journal to write into and signs them in.
    bool prepare(int count);
    int writers() const { return int(m_writers.size()); }
    // `clients` writers, each with one cell.set in flight, for the warm-up then the window.
    std::optional<Figures> throughServer(int clients);
    // The same writes, one transaction each, from `clients` threads with a connection each.
    std::optional<Figures> straightToDatabase(int clients);

private:
    // One write of the target's flipped mark; false when it failed. Made in the thread that
    // calls it, so it owns that thread's connection.
    using OneWrite = std::function<bool(const Writer& writer, const Target& target)>;
    // `clients` threads, each with the connection `open` made in it and one write in flight,
    // for the warm-up then the window.
    std::optional<Figures> inThreads(int clients, const std::function<OneWrite(int index)>& open);

    BenchSchool& m_school;
    std::vector<Writer> m_writers;
};
