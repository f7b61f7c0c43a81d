#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace limitless::test {

struct CliRun {
    int exitCode = -1; // -1: crashed
    QByteArray out;
    QString err;
};

// Runs the built `limitless` with `args` as an owner would from a terminal: without
// LIMITLESS_DATABASE_URL, in an English UTF-8 locale; fails the test if it does not end in a
// minute. `env` adds or replaces environment variables (an empty value sets it empty).
CliRun runLimitless(const QStringList& args, const QMap<QString, QString>& env = {});
// The same with `input` on standard input (lead lines for `chat`, say).
CliRun runLimitlessWithInput(const QStringList& args, const QByteArray& input,
                             int timeoutMs = 60000);

} // namespace limitless::test
