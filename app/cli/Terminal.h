#pragma once

#include <QString>

namespace limitless::cli {

// Reading what the owner types: secrets never come from the command line (it lands in the shell
// history and in `ps`), so commands ask on the terminal, or read standard input when a script
// pipes them in. Prompts go to stderr, so that stdout stays the command's output.

// Standard input is a terminal (the owner can be asked), not a pipe or a file.
bool stdinIsTerminal();
// One line without echo on a terminal (after `prompt`), else one line of standard input; a
// trailing CR is dropped, nothing else. `*ok` is false at the end of input.
QString readSecret(const QString& prompt, bool* ok = nullptr);
// One visible line, trimmed; `prompt` is shown on a terminal only.
QString readLine(const QString& prompt, bool* ok = nullptr);

} // namespace limitless::cli
