#pragma once

#include <QByteArray>
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
// minute.
CliRun runLimitless(const QStringList& args);

} // namespace limitless::test
