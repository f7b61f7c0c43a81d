// `limitless-bench-playground`: the Agent playground on a LangGraph server, timed from the
// lead's message to the first token on screen and to the final state (docs/benchmarks.md).
// Thin: options and the report; the run itself is ui/PlaygroundBench. Offscreen by default.
#include "BenchApplication.h"
#include "PlaygroundBench.h"
#include "PlaygroundPage.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BenchPlayground", text);
}

} // namespace

int main(int argc, char** argv)
{
    limitless::ui::BenchApplication app(argc, argv, QStringLiteral("limitless-bench-playground"));

    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The Agent playground on a LangGraph API server, timed on screen: from sending the "
           "lead's message to the first token painted in the chat and to the final state, "
           "with the client alone and plain HTTP in the same run."));
    p.addHelpOption();
    p.addOption({QStringLiteral("server"), tr("The server's URL."), tr("url")});
    p.addOption({QStringLiteral("assistant"), tr("Assistant or graph id (default sales_agent)."),
                 tr("id"), QStringLiteral("sales_agent")});
    p.addOption({QStringLiteral("rounds"), tr("Measured rounds (default 20)."), QStringLiteral("N"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("json"), tr("Print the figures as JSON.")});
    p.process(app);
    QTextStream out(stdout), err(stderr);
    const QUrl url(p.value(QStringLiteral("server")));
    bool ok = false;
    const int rounds = p.value(QStringLiteral("rounds")).toInt(&ok);
    if (!url.isValid() || url.host().isEmpty() || !ok || rounds < 1 || rounds > 1000) {
        err << tr("Give --server URL and --rounds from 1 to 1000.") << Qt::endl;
        return 2;
    }
    const QByteArray key = qgetenv("LIMITLESS_AGENT_SERVER_API_KEY");
    limitless::db::Database database; // not opened: the server backend needs no database
    limitless::ui::PlaygroundPage page(&database);
    page.resize(1280, 800);
    page.show();
    page.useServerBackend(url, key, p.value(QStringLiteral("assistant")));
    limitless::ui::PlaygroundBench bench(page, url, key, p.value(QStringLiteral("assistant")));
    const limitless::ui::PlaygroundBench::Result r = bench.run(rounds);
    if (p.isSet(QStringLiteral("json")))
        out << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out << r.toText() << Qt::endl;
    if (!r.error.isEmpty()) {
        err << r.error << Qt::endl;
        return 1;
    }
    return 0;
}
