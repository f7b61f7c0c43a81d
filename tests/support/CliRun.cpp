#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace limitless::test {

namespace {

CliRun run(const QStringList& args, const QMap<QString, QString>& extraEnv, const QByteArray* input,
           int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LIMITLESS_DATABASE_URL"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIMITLESS_BINARY_DIR "/limitless"), args);
    if (input) {
        REQUIRE(p.waitForStarted(10000));
        p.write(*input);
        p.closeWriteChannel();
    }
    REQUIRE(p.waitForFinished(timeoutMs));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

CliRun runLimitless(const QStringList& args, const QMap<QString, QString>& extraEnv)
{
    return run(args, extraEnv, nullptr, 60000);
}

CliRun runLimitlessWithInput(const QStringList& args, const QByteArray& input, int timeoutMs)
{
    return run(args, {}, &input, timeoutMs);
}

} // namespace limitless::test
