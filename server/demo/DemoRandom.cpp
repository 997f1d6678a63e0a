#include "demo/DemoRandom.h"

DemoRandom::DemoRandom(quint64 seed)
    : m_seed(seed)
    , m_engine(seed)
{}

DemoRandom DemoRandom::fork(quint64 salt) const
{
    // splitmix64 of seed and salt: well-spread seeds for the sub-streams.
    quint64 z = m_seed + 0x9e3779b97f4a7c15ULL * (salt + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return DemoRandom(z ^ (z >> 31));
}

quint64 DemoRandom::next()
{
    return m_engine();
}

namespace {
// 128-bit product for Lemire's multiply-shift range reduction (a GCC/Clang extension).
__extension__ using WideUnsigned = unsigned __int128;
} // namespace

int DemoRandom::uniform(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 range = quint64(qint64(high) - qint64(low) + 1);
    return low + int((static_cast<WideUnsigned>(next()) * range) >> 64);
}

double DemoRandom::real()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0); // 53 bits
}

bool DemoRandom::chance(double probability)
{
    return real() < probability;
}

double DemoRandom::normal(double mean, double deviation)
{
    // The sum of four uniforms has variance 4/12; scale it to one.
    const double sum = real() + real() + real() + real() - 2.0;
    return mean + deviation * sum * 1.7320508075688772;
}
