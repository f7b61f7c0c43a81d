#pragma once

#include <deque>
#include <functional>

namespace limitless::core {

// The jobs a worker thread runs, one after the other. A job that waits on the network in a
// nested event loop (BlockingHttp) lets the thread's queued events through, among them the
// next jobs: run() then only queues such a job, and the job running runs it after itself, so
// no job starts inside another (with the same client or connection half-used, or taken away).
// Used on the worker's thread only.
template <typename Worker> class SerialJobs {
public:
    using Job = std::function<void(Worker&)>;

    void run(Worker& worker, Job job)
    {
        m_jobs.push_back(std::move(job));
        if (m_running)
            return;
        m_running = true;
        while (!m_jobs.empty()) {
            Job next = std::move(m_jobs.front());
            m_jobs.pop_front();
            next(worker);
        }
        m_running = false;
    }

    bool isRunning() const { return m_running; }

private:
    std::deque<Job> m_jobs;
    bool m_running = false;
};

} // namespace limitless::core
