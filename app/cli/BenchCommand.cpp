#include "cli/Cli.h"

#include <QCoreApplication>

namespace limitless::cli {

int runBench(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless bench"));
    cli.addCommonOptions();
    if (!cli.parse(args))
        return cli.exitCode();
    return cli.fail(QCoreApplication::translate("Cli", "'bench' is not built yet."));
}

} // namespace limitless::cli
