// `limitless campaigns …` and `limitless payments list` run as the built binary against the
// test cluster's superuser URL, as an owner would from a terminal.
#include "CampaignTestRows.h"
#include "CliRun.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace limitless;

namespace {

using Run = test::CliRun;

Run limitlessCli(const QStringList& args)
{
    return test::runLimitless(args + QStringList{QStringLiteral("--db"), test::adminUrl()});
}

} // namespace

TEST_CASE("limitless campaigns create, pause, resume and list", "[cli][db]")
{
    const QString code = QStringLiteral("TCK2AB");
    test::CampaignTestRows rows({code});
    const QString owner = test::clusterStatus().ownerEmail;

    Run r = limitlessCli({QStringLiteral("campaigns"), QStringLiteral("create"),
                          QStringLiteral("--name"), QStringLiteral("From the terminal"),
                          QStringLiteral("--platform"), QStringLiteral("youtube"),
                          QStringLiteral("--code"), code.toLower(), QStringLiteral("--owner-email"),
                          owner, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject created = QJsonDocument::fromJson(r.out).object();
    CHECK(created.value(QStringLiteral("code")).toString() == code);
    CHECK(created.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/") + code));
    CHECK(created.value(QStringLiteral("owner_id")).toString() == test::clusterStatus().ownerId);

    // The same typed code again: refused, nothing written.
    r = limitlessCli({QStringLiteral("campaigns"), QStringLiteral("create"),
                      QStringLiteral("--name"), QStringLiteral("Again"), QStringLiteral("--code"),
                      code, QStringLiteral("--owner-email"), owner});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("already taken")));
    // A code with look-alikes: a usage error.
    r = limitlessCli({QStringLiteral("campaigns"), QStringLiteral("create"),
                      QStringLiteral("--name"), QStringLiteral("Bad"), QStringLiteral("--code"),
                      QStringLiteral("TCK0AB"), QStringLiteral("--owner-email"), owner});
    CHECK(r.exitCode == 2);

    r = limitlessCli({QStringLiteral("campaigns"), QStringLiteral("pause"), code});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(
        rows.query(QStringLiteral("select is_active from campaigns where code = $1"), {code})
            .scalar()
            .toBool());
    r = limitlessCli({QStringLiteral("campaigns"), QStringLiteral("resume"), code.toLower()});
    REQUIRE(r.exitCode == 0);
    CHECK(rows.query(QStringLiteral("select is_active from campaigns where code = $1"), {code})
              .scalar()
              .toBool());
    r = limitlessCli(
        {QStringLiteral("campaigns"), QStringLiteral("pause"), QStringLiteral("ZZZZZZ")});
    CHECK(r.exitCode != 0);

    r = limitlessCli(
        {QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    bool found = false;
    for (const QJsonValue v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("code")).toString() != code)
            continue;
        found = true;
        CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("From the terminal"));
        CHECK(o.value(QStringLiteral("platform")).toString() == QStringLiteral("youtube"));
        CHECK(o.value(QStringLiteral("is_active")).toBool());
    }
    CHECK(found);
    r = limitlessCli({QStringLiteral("campaigns"), QStringLiteral("list")});
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(code));

    // Generated codes: six characters from the alphabet.
    r = limitlessCli({QStringLiteral("campaigns"), QStringLiteral("create"),
                      QStringLiteral("--name"), QStringLiteral("Generated"),
                      QStringLiteral("--owner-email"), owner, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QString generated =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("code")).toString();
    CHECK(generated.size() == 6);
    rows.exec(QStringLiteral("delete from campaigns where code = $1"), {generated});
}

TEST_CASE("limitless payments list filters and totals", "[cli][db]")
{
    const QString code = QStringLiteral("TPC2AB");
    test::CampaignTestRows rows({code});
    const QString campaign = rows.campaign(code, QStringLiteral("CLI payments"));
    const QString c = rows.conversation(campaign, QStringLiteral("cli_payer"));
    rows.payment(campaign, c, {});
    rows.payment(campaign, c,
                 {QStringLiteral("option1"), 29700, 199700, QStringLiteral("refunded")});

    Run r = limitlessCli({QStringLiteral("payments"), QStringLiteral("list"),
                          QStringLiteral("--campaign"), code, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    CHECK(doc.value(QStringLiteral("payments")).toArray().size() == 2);
    const QJsonObject usd = doc.value(QStringLiteral("totals")).toArray().first().toObject();
    CHECK(usd.value(QStringLiteral("currency")).toString() == QStringLiteral("usd"));
    CHECK(usd.value(QStringLiteral("mrr")).toInteger() == 29700);
    CHECK(usd.value(QStringLiteral("onetime")).toInteger() == 199700);
    CHECK(usd.value(QStringLiteral("refunds")).toInteger() == 229400);

    r = limitlessCli({QStringLiteral("payments"), QStringLiteral("list"),
                      QStringLiteral("--campaign"), code, QStringLiteral("--status"),
                      QStringLiteral("refunded"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out)
              .object()
              .value(QStringLiteral("payments"))
              .toArray()
              .size() == 1);

    r = limitlessCli(
        {QStringLiteral("payments"), QStringLiteral("list"), QStringLiteral("--campaign"), code});
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("$1,997.00")));

    r = limitlessCli({QStringLiteral("payments"), QStringLiteral("list"),
                      QStringLiteral("--status"), QStringLiteral("lost")});
    CHECK(r.exitCode == 2);
}
