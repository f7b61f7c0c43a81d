#include "bench/LoopProbe.h"

#include <QFile>

namespace limitless::bench {

LoopProbe::LoopProbe(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const double late = double(m_tick.nsecsElapsed()) / 1e6 - double(m_timer.interval());
        m_tick.restart();
        m_samples.append(qMax(0.0, late));
        m_max = qMax(m_max, late);
    });
}

void LoopProbe::start()
{
    m_samples.clear();
    m_max = 0;
    m_tick.start();
    m_timer.start();
}

void LoopProbe::stop()
{
    m_timer.stop();
}

double residentMemoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace limitless::bench
