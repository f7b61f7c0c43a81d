#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace limitless::bench {

// Measures how late the event loop of the calling thread serves a 1 ms timer: each tick records
// the time since the previous one minus the interval. The largest values are the longest
// stretches during which the loop was blocked (by our work, or by the OS descheduling us).
class LoopProbe : public QObject {
    Q_OBJECT

public:
    explicit LoopProbe(QObject* parent = nullptr);

    void start();
    void stop();
    // Lateness of every tick since start(), in milliseconds (unsorted).
    const QVector<double>& samples() const { return m_samples; }
    double maxMs() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_tick;
    QVector<double> m_samples;
    double m_max = 0;
};

// Resident memory of this process in MiB (Linux: VmRSS of /proc/self/status); -1 if unknown.
double residentMemoryMb();

} // namespace limitless::bench
