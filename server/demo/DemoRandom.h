#pragma once

#include <QList>
#include <QtGlobal>

#include <random>

// The demo school's seeded randomness: std::mt19937_64 (its output is fixed by the
// standard) with distributions of our own, so a seed gives the same school everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    // An independent stream for one part of the school, so that changing how one part
    // draws does not reshuffle the others.
    DemoRandom fork(quint64 salt) const;

    quint64 next();
    // An integer in [low, high], both included.
    int uniform(int low, int high);
    // A real number in [0, 1).
    double real();
    bool chance(double probability);
    // Approximately normal (Irwin–Hall sum of four uniforms), pure arithmetic.
    double normal(double mean, double deviation);

    template <typename T> const T& pick(const QList<T>& items)
    {
        return items.at(uniform(0, int(items.size()) - 1));
    }
    template <typename T> void shuffle(QList<T>& items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, uniform(0, int(i)));
    }

private:
    quint64 m_seed;
    std::mt19937_64 m_engine;
};
