#include "cli/Terminal.h"

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace limitless::cli {

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

QString readSecret(const QString& prompt, bool* ok)
{
    const bool tty = stdinIsTerminal();
    termios saved{};
    bool silenced = false;
    if (tty) {
        std::cerr << prompt.toStdString() << std::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            silenced = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        }
    }
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    if (tty) {
        if (silenced)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        // The owner's Enter was not echoed either.
        std::cerr << std::endl;
    }
    if (ok)
        *ok = read;
    if (!read)
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString readLine(const QString& prompt, bool* ok)
{
    if (stdinIsTerminal())
        std::cerr << prompt.toStdString() << std::flush;
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    if (ok)
        *ok = read;
    if (!read)
        return {};
    return QString::fromStdString(line).trimmed();
}

} // namespace limitless::cli
