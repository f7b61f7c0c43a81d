// The `limitless` command as a whole: what it prints from stored text, which --db values it
// accepts, and that its exit codes and JSON errors mean the same thing in every command.
#include "CliRun.h"
#include "TestDatabase.h"
#include "sandbox/Sandbox.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

using namespace limitless;

namespace {

using Run = test::CliRun;

Run cli(const QStringList& args)
{
    return test::runLimitless(args + QStringList{QStringLiteral("--db"), test::adminUrl()});
}

// Campaigns (with a conversation and a payment) written as the superuser, removed again.
class Rows {
public:
    explicit Rows(QStringList codes) : m_admin(test::connect(test::adminUrl())), m_codes(codes)
    {
        cleanup();
    }
    ~Rows() { cleanup(); }

    QString campaign(const QString& code, const QString& name)
    {
        const QString owner = sandbox::Sandbox(test::sandboxDir()).status().ownerId;
        return value(QStringLiteral("insert into campaigns (code, name, owner_id, platform) "
                                    "values ($1, $2, $3, 'instagram') returning id"),
                     {code, name, owner});
    }
    QString conversation(const QString& campaignId, const QString& handle)
    {
        return value(QStringLiteral("insert into conversations (id, instagram_handle, "
                                    "campaign_id, campaign_code, current_stage) select $1, $2, "
                                    "id, code, 'close' from campaigns where id = $3 returning id"),
                     {QUuid::createUuid().toString(QUuid::WithoutBraces), handle, campaignId});
    }
    void payment(const QString& campaignId, const QString& conversationId, const QString& handle)
    {
        value(QStringLiteral(
                  "insert into payments (conversation_id, campaign_id, instagram_handle, email, "
                  "stripe_session_id, plan, amount_monthly, amount_onetime, currency, "
                  "payment_status, completed_at) values ($1, $2, $3, 'lead@example.com', $4, "
                  "'option1', 29700, null, 'usd', 'completed', now() at time zone 'utc') "
                  "returning id"),
              {conversationId, campaignId, handle,
               QStringLiteral("cs_test_") + QUuid::createUuid().toString(QUuid::Id128)});
    }
    QVariant scalar(const QString& sql, const QVariantList& params)
    {
        const auto r = m_admin->exec(sql, params);
        REQUIRE(r.ok());
        return r.scalar();
    }

private:
    QString value(const QString& sql, const QVariantList& params)
    {
        const auto r = m_admin->exec(sql, params);
        INFO(r.error.toString().toStdString());
        REQUIRE(r.ok());
        return r.scalar().toString();
    }
    void cleanup()
    {
        const QString ids = QStringLiteral("select id from campaigns where code = any($1)");
        for (const char* table : {"payments", "conversations"})
            m_admin->exec(QStringLiteral("delete from %1 where campaign_id in (%2)")
                              .arg(QLatin1String(table), ids),
                          {m_codes});
        m_admin->exec(QStringLiteral("delete from campaigns where code = any($1)"), {m_codes});
    }
    std::unique_ptr<db::PgConnection> m_admin;
    QStringList m_codes;
};

QString lineWith(const QByteArray& out, const QString& text)
{
    for (const QString& line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        if (line.contains(text))
            return line;
    }
    return {};
}

bool hasRawControl(const QByteArray& out)
{
    for (const char c : out) {
        const auto u = uchar(c);
        if ((u < 0x20 && c != '\n') || u == 0x7f)
            return true;
    }
    return false;
}

// A JSON error object on stdout: {"error": {"message": …, "code": …}}.
QJsonObject jsonError(const Run& r)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    INFO("stdout: " << r.out.toStdString());
    REQUIRE(pe.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    const QJsonObject error = doc.object().value(QStringLiteral("error")).toObject();
    CHECK_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());
    return error;
}

const QString kEvilName = QStringLiteral("Evil\nName\tthen \x1b[31mred\x1b[0m \x1b]0;owned\x07");

} // namespace

TEST_CASE("the CLI tables escape control characters from the data but JSON keeps them", "[cli][db]")
{
    const QString code = QStringLiteral("TCLIESC7"); // 8 characters, longer than generated ones
    Rows rows({code});
    const QString campaign = rows.campaign(code, kEvilName);
    const QString conversation = rows.conversation(campaign, QStringLiteral("lead\x1b[2J\rname"));
    rows.payment(campaign, conversation, QStringLiteral("@jane.fit"));

    Run r = cli({QStringLiteral("campaigns"), QStringLiteral("list")});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(hasRawControl(r.out));
    const QString row = lineWith(r.out, code);
    INFO(row.toStdString());
    CHECK(
        row.contains(QStringLiteral("Evil\\nName\\tthen \\x1b[31mred\\x1b[0m \\x1b]0;owned\\x07")));
    // The code does not run into the next column, and columns line up with their headings.
    const QString header = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0);
    INFO(header.toStdString());
    CHECK(row.startsWith(code + QLatin1Char(' ')));
    CHECK(header.indexOf(QStringLiteral("STATUS")) == row.indexOf(QStringLiteral("active")));
    const QStringList headings = header.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CHECK(QSet<QString>(headings.begin(), headings.end()).size() == headings.size());

    r = cli({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    bool found = false;
    for (const QJsonValue v : QJsonDocument::fromJson(r.out).array()) {
        if (v[QStringLiteral("code")].toString() == code) {
            found = true;
            CHECK(v[QStringLiteral("name")].toString() == kEvilName);
        }
    }
    CHECK(found);

    r = cli({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--campaign"),
             code});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(hasRawControl(r.out));
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("@lead\\x1b[2J\\rname")));
    // A handle stored with its @ is shown with one, as one stored without it; the columns line
    // up under unique headings.
    rows.conversation(campaign, QStringLiteral("@jane.fit"));
    r = cli({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--campaign"),
             code});
    REQUIRE(r.exitCode == 0);
    const QString lead = lineWith(r.out, QStringLiteral("jane.fit"));
    const QString conversationsHeader = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0);
    INFO(conversationsHeader.toStdString() << "\n" << lead.toStdString());
    CHECK(lead.startsWith(QStringLiteral("@jane.fit  ")));
    CHECK_FALSE(QString::fromUtf8(r.out).contains(QStringLiteral("@@")));
    CHECK(conversationsHeader.indexOf(QStringLiteral("STAGE")) ==
          lead.indexOf(QStringLiteral("close")));
    const QStringList conversationHeadings =
        conversationsHeader.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CHECK(QSet<QString>(conversationHeadings.begin(), conversationHeadings.end()).size() ==
          conversationHeadings.size());

    r = cli(
        {QStringLiteral("payments"), QStringLiteral("list"), QStringLiteral("--campaign"), code});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(hasRawControl(r.out));
    const QString payment = lineWith(r.out, QStringLiteral("jane.fit"));
    INFO(payment.toStdString());
    CHECK(payment.endsWith(QStringLiteral(" @jane.fit")));
    CHECK_FALSE(payment.contains(QStringLiteral("@@")));

    // Without any locale (LANG=C, as on servers and in containers) money reads as in English,
    // "$297.00", never Qt's C-locale "297.00$".
    const Run plain = test::runLimitless(
        {QStringLiteral("payments"), QStringLiteral("list"), QStringLiteral("--campaign"), code,
         QStringLiteral("--db"), test::adminUrl()},
        {{QStringLiteral("LC_ALL"), QStringLiteral("C")},
         {QStringLiteral("LANG"), QStringLiteral("C")},
         {QStringLiteral("LIMITLESS_LANG"), QString()}});
    REQUIRE(plain.exitCode == 0);
    const QString cLine = lineWith(plain.out, QStringLiteral("jane.fit"));
    INFO(cLine.toStdString());
    CHECK(cLine.contains(QRegularExpression(QStringLiteral("\\$[0-9]"))));
    CHECK_FALSE(cLine.contains(QRegularExpression(QStringLiteral("[0-9]\\$"))));
    // English plurals come from the English catalogue: "1 payment." / "2 payments.", never the
    // source's "payment(s)".
    CHECK_FALSE(QString::fromUtf8(plain.out).contains(QStringLiteral("(s)")));
    CHECK(QString::fromUtf8(plain.out).contains(
        QRegularExpression(QStringLiteral("^(1 payment|[02-9][0-9]* payments)\\.$"),
                           QRegularExpression::MultilineOption)));
}

TEST_CASE("the CLI speaks the catalogue's language", "[cli][db]")
{
    // The campaigns list's headings are translated in German; LIMITLESS_LANG chooses it.
    const QString code = QStringLiteral("TCLIDE");
    Rows rows({code});
    rows.campaign(code, QStringLiteral("Deutsch"));
    const Run r = test::runLimitless({QStringLiteral("campaigns"), QStringLiteral("list"),
                                      QStringLiteral("--db"), test::adminUrl()},
                                     {{QStringLiteral("LIMITLESS_LANG"), QStringLiteral("de")}});
    REQUIRE(r.exitCode == 0);
    const QString header = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0);
    INFO(header.toStdString());
    CHECK(header.contains(QStringLiteral("KLICKS")));
    CHECK(header.contains(QStringLiteral("GESPRÄCHE")));
    CHECK_FALSE(header.contains(QStringLiteral("CLICKS")));
}

TEST_CASE("every command that takes --db refuses what is not a PostgreSQL connection string",
          "[cli]")
{
    const QList<QStringList> commands{
        {QStringLiteral("campaigns"), QStringLiteral("list")},
        {QStringLiteral("payments"), QStringLiteral("list")},
        {QStringLiteral("conversations"), QStringLiteral("list")},
        {QStringLiteral("transcript"), QStringLiteral("some-thread")},
        {QStringLiteral("funnel")},
        {QStringLiteral("migrate")},
        {QStringLiteral("demo-data")},
        {QStringLiteral("bench"), QStringLiteral("db")},
        {QStringLiteral("bench"), QStringLiteral("funnel")},
        {QStringLiteral("bench-views")},
        {QStringLiteral("simulate"), QStringLiteral("--duration"), QStringLiteral("1")},
    };
    const QStringList bad{QString(), QStringLiteral("not a url"),
                          QStringLiteral("http://example.com"), QStringLiteral("   ")};
    for (const QStringList& command : commands) {
        for (const QString& url : bad) {
            INFO(command.join(QLatin1Char(' ')).toStdString()
                 << " --db '" << url.toStdString() << "'");
            const Run r = test::runLimitless(command + QStringList{QStringLiteral("--db"), url});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(QStringLiteral("not a PostgreSQL connection URL")));
        }
    }
    // The same from the environment, which names where the value came from.
    const Run env = test::runLimitless(
        {QStringLiteral("campaigns"), QStringLiteral("list")},
        {{QStringLiteral("LIMITLESS_DATABASE_URL"), QStringLiteral("garbage in")}});
    CHECK(env.exitCode == 2);
    CHECK(env.err.contains(QStringLiteral("LIMITLESS_DATABASE_URL")));
    CHECK(env.err.contains(QStringLiteral("not a PostgreSQL connection URL")));
    // libpq's key=value strings and postgres:// URLs are connection strings: they get as far as
    // the connection attempt.
    for (const QString& url :
         {QStringLiteral("host=127.0.0.1 port=1 dbname=none connect_timeout=2"),
          QStringLiteral("postgres://127.0.0.1:1/none?connect_timeout=2")}) {
        INFO(url.toStdString());
        const Run r = test::runLimitless(
            {QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--db"), url});
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.contains(QStringLiteral("not a PostgreSQL connection URL")));
    }
}

TEST_CASE("transcript tells an unknown thread, an empty id and an over-long id apart", "[cli][db]")
{
    const QString code = QStringLiteral("TCLITR");
    Rows rows({code});
    const QString known = rows.conversation(rows.campaign(code, QStringLiteral("T")),
                                            QStringLiteral("no.transcript"));

    Run r = cli({QStringLiteral("transcript"), QStringLiteral("garbage")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("garbage")));
    CHECK_FALSE(QString::fromUtf8(r.out).contains(QStringLiteral("No transcript stored")));

    r = cli({QStringLiteral("transcript"), QString()});
    CHECK(r.exitCode == 2);

    r = cli({QStringLiteral("transcript"), QString(20000, QLatin1Char('x'))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("too long")));
    CHECK(r.err.size() < 1000);

    // A conversation that exists but has no checkpoint yet is not an error.
    r = cli({QStringLiteral("transcript"), known});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("No transcript stored")));
}

TEST_CASE("campaigns pause applies to every campaign that exists and reports the others",
          "[cli][db]")
{
    const QString a = QStringLiteral("TCXPA2"), b = QStringLiteral("TCXPB2");
    Rows rows({a, b});
    rows.campaign(a, QStringLiteral("A"));
    rows.campaign(b, QStringLiteral("B"));
    const auto active = [&](const QString& code) {
        return rows
            .scalar(QStringLiteral("select is_active from campaigns where code = $1"), {code})
            .toBool();
    };

    Run r =
        cli({QStringLiteral("campaigns"), QStringLiteral("pause"), a, QStringLiteral("NOPE99"), b});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("NOPE99")));
    CHECK_FALSE(active(a));
    CHECK_FALSE(active(b));

    r = cli({QStringLiteral("campaigns"), QStringLiteral("resume"), QStringLiteral("NOPE99"), a, b,
             QStringLiteral("--json")});
    CHECK(r.exitCode == 1);
    CHECK(active(a));
    CHECK(active(b));
    const QJsonObject error = jsonError(r);
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("not_found"));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("codes")).toArray() == QJsonArray{a, b});
    CHECK(o.value(QStringLiteral("not_found")).toArray() == QJsonArray{QStringLiteral("NOPE99")});
}

TEST_CASE("conflicting, meaningless or impossible arguments are usage errors", "[cli][db]")
{
    const QString code = QStringLiteral("TCXFN2");
    Rows rows({code});
    rows.campaign(code, QStringLiteral("F"));
    const QString unreachable = QStringLiteral("postgresql://127.0.0.1:1/none?connect_timeout=1");

    Run r = cli(
        {QStringLiteral("funnel"), QStringLiteral("--compare-to"), QStringLiteral("2026-01-10")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--compare-from")));
    r = cli({QStringLiteral("funnel"), QStringLiteral("--campaign"), code,
             QStringLiteral("--compare"), code});
    CHECK(r.exitCode == 2);
    r = cli({QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-13-45")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("2026-13-45")));
    CHECK(r.err.contains(QStringLiteral("calendar")));
    r = cli({QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("yesterday")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("YYYY-MM-DD")));
    // A campaign that does not exist is "not found" (1), as everywhere else.
    r = cli({QStringLiteral("funnel"), QStringLiteral("--campaign"), QStringLiteral("NOPE99")});
    CHECK(r.exitCode == 1);

    // Stray arguments are refused before anything connects.
    for (const QString& command : {QStringLiteral("migrate"), QStringLiteral("funnel"),
                                   QStringLiteral("demo-data"), QStringLiteral("bench-views")}) {
        INFO(command.toStdString());
        r = test::runLimitless(
            {command, QStringLiteral("extra"), QStringLiteral("--db"), unreachable});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("extra")));
    }
}

TEST_CASE("with --json every failure is a JSON error object on stdout", "[cli][db]")
{
    const QList<QPair<QStringList, int>> cases{
        {{QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--db"), QString()},
         2},
        {{QStringLiteral("campaigns"), QStringLiteral("frobnicate"), QStringLiteral("--db"),
          test::adminUrl()},
         2},
        {{QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--bogus")}, 2},
        {{QStringLiteral("campaigns"), QStringLiteral("pause"), QStringLiteral("NOPE99"),
          QStringLiteral("--db"), test::adminUrl()},
         1},
        {{QStringLiteral("transcript"), QString(), QStringLiteral("--db"), test::adminUrl()}, 2},
        {{QStringLiteral("transcript"), QStringLiteral("garbage"), QStringLiteral("--db"),
          test::adminUrl()},
         1},
        {{QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-13-45"),
          QStringLiteral("--db"), test::adminUrl()},
         2},
        {{QStringLiteral("payments"), QStringLiteral("list"), QStringLiteral("--status"),
          QStringLiteral("lost")},
         2},
        {{QStringLiteral("migrate"), QStringLiteral("--db"),
          QStringLiteral("postgresql://127.0.0.1:1/none?connect_timeout=1")},
         1},
    };
    for (const auto& [args, exitCode] : cases) {
        INFO(args.join(QLatin1Char(' ')).left(200).toStdString());
        const Run r = test::runLimitless(args + QStringList{QStringLiteral("--json")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == exitCode);
        const QJsonObject error = jsonError(r);
        const QString code = error.value(QStringLiteral("code")).toString();
        if (exitCode == 2)
            CHECK(code == QStringLiteral("usage"));
        else
            CHECK((code == QStringLiteral("not_found") || code == QStringLiteral("failed")));
    }
}

TEST_CASE("every command answers a command line it cannot parse with a JSON error", "[cli]")
{
    // The commands as `limitless --help` lists them: a new one is covered without a change here.
    const Run help = test::runLimitless({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    QStringList commands;
    bool inList = false;
    for (const QString& line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Commands:"))) {
            inList = true;
            continue;
        }
        if (inList && !line.startsWith(QStringLiteral("  ")))
            break;
        if (inList)
            commands << line.trimmed().section(QLatin1Char(' '), 0, 0);
    }
    REQUIRE(commands.size() >= 13);
    CHECK(commands.contains(QStringLiteral("profile")));
    for (const QString& command : commands) {
        INFO(command.toStdString());
        const Run r = test::runLimitless(
            {command, QStringLiteral("--no-such-option"), QStringLiteral("--json")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(jsonError(r).value(QStringLiteral("code")).toString() == QStringLiteral("usage"));
        CHECK(r.err.contains(QStringLiteral("no-such-option")));
    }
    // No command, or one that does not exist.
    for (const QStringList& args :
         {QStringList{QStringLiteral("frobnicate"), QStringLiteral("--json")},
          QStringList{QStringLiteral("--json")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = test::runLimitless(args);
        CHECK(r.exitCode == 2);
        CHECK(jsonError(r).value(QStringLiteral("exit_code")).toInt() == 2);
    }
    const Run plain = test::runLimitless({QStringLiteral("frobnicate")});
    CHECK(plain.exitCode == 2);
    CHECK(plain.out.isEmpty());
    CHECK(plain.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

TEST_CASE("a status that is not there fails with the status and the error in one document", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Run r =
        test::runLimitless({QStringLiteral("sandbox"), QStringLiteral("status"),
                            QStringLiteral("--dir"), dir.path(), QStringLiteral("--json")});
    CHECK(r.exitCode == 1);
    const QJsonObject error = jsonError(r);
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("not_running"));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("running")) == QJsonValue(false));
    CHECK(o.value(QStringLiteral("dir")).toString() == dir.path());
}

TEST_CASE("limitless --help documents the exit codes", "[cli]")
{
    const Run r = test::runLimitless({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    const QString help = QString::fromUtf8(r.out);
    CHECK(help.contains(QStringLiteral("Exit codes")));
    CHECK(help.contains(QStringLiteral("2  ")));
    CHECK(help.contains(QStringLiteral("3  ")));
}

TEST_CASE("database errors reach the owner as sentences, the server's words only in JSON",
          "[cli][db]")
{
    // A database without the dashboard's schema.
    const QString empty = test::freshDatabase(QStringLiteral("cli_no_schema"));
    for (const QStringList& command :
         {QStringList{QStringLiteral("campaigns"), QStringLiteral("list")},
          QStringList{QStringLiteral("payments"), QStringLiteral("list")},
          QStringList{QStringLiteral("conversations"), QStringLiteral("list")}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run r = test::runLimitless(command + QStringList{QStringLiteral("--db"), empty});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("has not been set up for the dashboard")));
        CHECK(r.err.contains(QStringLiteral("limitless migrate")));
        CHECK_FALSE(r.err.contains(QStringLiteral("42P01")));
        const Run j = test::runLimitless(
            command + QStringList{QStringLiteral("--db"), empty, QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        CHECK(o.value(QStringLiteral("sqlstate")).toString() == QStringLiteral("42P01"));
        CHECK(o.value(QStringLiteral("detail")).toString().contains(QStringLiteral("relation")));
    }

    // The server is there; the database is not: not "cannot reach the server".
    const Run missing = test::runLimitless({QStringLiteral("campaigns"), QStringLiteral("list"),
                                            QStringLiteral("--db"),
                                            test::urlFor(QStringLiteral("no_such_database_here"))});
    INFO(missing.err.toStdString());
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(QStringLiteral("no database named “no_such_database_here”")));
    CHECK_FALSE(missing.err.contains(QStringLiteral("Cannot reach")));
}
