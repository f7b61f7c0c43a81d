#include "CrashReport.h"

#include <atomic>
#include <csignal>
#include <cstring>

#include <execinfo.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace limitless::test {
namespace {

std::atomic<const char*> g_phase{"starting"};

void say(const char* text)
{
    // write(2) only: the handler may not allocate or take locks.
    const ssize_t n = ::write(STDERR_FILENO, text, std::strlen(text));
    (void)n;
}

void onFatalSignal(int sig)
{
    say("\n*** fatal signal ");
    say(sigabbrev_np(sig) ? sigabbrev_np(sig) : "?");
    say(" while ");
    say(g_phase.load());
    char thread[17] = {};
    ::prctl(PR_GET_NAME, thread, 0, 0, 0);
    say(", in thread \"");
    say(thread);
    say("\"; stack:\n");
    void* frames[64];
    const int depth = ::backtrace(frames, 64);
    ::backtrace_symbols_fd(frames, depth, STDERR_FILENO);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

} // namespace

void installCrashReport()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return; // the sanitizer's own report is better
#endif
    // backtrace() loads libgcc on first use: done here, not inside the handler.
    void* warm[1];
    (void)::backtrace(warm, 1);
    struct sigaction action = {};
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    for (const int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
        ::sigaction(sig, &action, nullptr);
}

void setCrashPhase(const char* phase)
{
    g_phase.store(phase);
}

} // namespace limitless::test
