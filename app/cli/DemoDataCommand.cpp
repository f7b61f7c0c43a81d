#include "cli/Cli.h"

#include <QCoreApplication>

namespace limitless::cli {

int runDemoData(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless demo-data"));
    cli.addCommonOptions();
    if (!cli.parse(args))
        return cli.exitCode();
    return cli.fail(QCoreApplication::translate("Cli", "'demo-data' is not built yet."));
}

} // namespace limitless::cli
