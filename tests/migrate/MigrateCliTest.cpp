// `limitless migrate` as a user runs it: dry run, apply, re-run, and failures on stderr with a
// non-zero exit code.
#include "TestDatabase.h"

#include "db/MigrationSet.h"

#include "CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LIMITLESS_DATABASE_URL"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIMITLESS_BINARY_DIR "/limitless"), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run& run)
{
    INFO(run.out.toStdString() << run.err.toStdString());
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("limitless migrate lists, applies, and then finds nothing to do")
{
    const QString url = limitless::test::freshDatabase(QStringLiteral("mig_cli"));

    Run run = runCli({QStringLiteral("migrate"), QStringLiteral("--db"), url,
                      QStringLiteral("--dry-run"), QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    QJsonObject o = json(run);
    CHECK(o.value(QStringLiteral("dry_run")).toBool());
    const QJsonArray pending = o.value(QStringLiteral("pending")).toArray();
    REQUIRE(pending.size() >= 10);
    CHECK(pending.first().toObject().value(QStringLiteral("tag")).toString() ==
          QStringLiteral("seed/0001_create_owners"));
    CHECK(o.value(QStringLiteral("applied")).toArray().isEmpty());
    CHECK(o.value(QStringLiteral("seed_tables")).toString() == QStringLiteral("absent"));

    run = runCli({QStringLiteral("migrate"), QStringLiteral("--db"), url});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("seed/0001_create_owners")));
    CHECK(run.out.contains(QStringLiteral("additions/0003_embeddings_unique_chunk")));
    CHECK(run.out.contains(QStringLiteral("one transaction")));
    CHECK(run.out.contains(QStringLiteral("Dashboard additions: all installed.")));
    // Server notices ("already exists, skipping") are not the user's business.
    CHECK_FALSE(run.err.contains(QStringLiteral("NOTICE")));

    run = runCli({QStringLiteral("migrate"), QStringLiteral("--db"), url});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("up to date")));
    CHECK_FALSE(run.err.contains(QStringLiteral("NOTICE")));

    run =
        runCli({QStringLiteral("migrate"), QStringLiteral("--db"), url, QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    o = json(run);
    CHECK(o.value(QStringLiteral("pending")).toArray().isEmpty());
    CHECK(o.value(QStringLiteral("applied")).toArray().isEmpty());
    CHECK(o.value(QStringLiteral("already_applied")).toInt() ==
          limitless::db::MigrationSet::builtinAdditions().migrations().size());
    CHECK(o.value(QStringLiteral("seed_tables")).toString() == QStringLiteral("ours"));
    CHECK(o.value(QStringLiteral("additions")).toString() == QStringLiteral("all installed"));
    const QString type = o.value(QStringLiteral("embedding_type")).toString();
    CHECK((type == QStringLiteral("real[]") || type == QStringLiteral("vector(1536)")));
}

TEST_CASE("limitless migrate reports a refused database on stderr with a non-zero exit")
{
    const QString url = limitless::test::freshDatabase(QStringLiteral("mig_cli_refused"));
    Run run = runCli({QStringLiteral("migrate"), QStringLiteral("--db"), url});
    REQUIRE(run.exitCode == 0);
    auto conn = limitless::test::connect(url);
    REQUIRE(conn->exec(QStringLiteral("update limitless.schema_migrations set hash = 'edited' "
                                      "where set_name = 'additions' and created_at = (select "
                                      "min(created_at) from limitless.schema_migrations where "
                                      "set_name = 'additions')"))
                .ok());
    run = runCli({QStringLiteral("migrate"), QStringLiteral("--db"), url});
    CHECK(run.exitCode != 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("additions/0001_schema_and_row_security.sql")));
    // With --json the refusal is a JSON error object on stdout, as for every command.
    run = runCli({QStringLiteral("migrate"), QStringLiteral("--db"), url, QStringLiteral("--json")});
    CHECK(run.exitCode != 0);
    const QJsonObject error = json(run).value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("message")).toString().contains(
        QStringLiteral("0001_schema_and_row_security")));
    CHECK(error.value(QStringLiteral("exit_code")).toInt() == run.exitCode);

    run = runCli({QStringLiteral("migrate"), QStringLiteral("--db"),
                  QStringLiteral("postgresql://postgres@127.0.0.1:1/none?connect_timeout=2")});
    CHECK(run.exitCode != 0);
    CHECK(run.out.isEmpty());
    CHECK_FALSE(run.err.isEmpty());

    run = runCli({QStringLiteral("migrate"), QStringLiteral("--no-such-option")});
    CHECK(run.exitCode == 2);
}
