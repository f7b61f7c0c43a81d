// The agent's settings per profile and its API key in the keychain.
#include "../auth/MemorySecretStore.h"

#include "agent/AgentSettings.h"
#include "agent/OpenAiPolicy.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace limitless;
using agent::AgentSettings;

TEST_CASE("Agent settings: offline by default, saved and read back, no key in them",
          "[agent-openai]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings s(dir.filePath("settings.ini"), QSettings::IniFormat);

    AgentSettings fresh;
    s.beginGroup("agent/none");
    AgentSettings::load(s, &fresh);
    s.endGroup();
    CHECK(fresh.policy == AgentSettings::PolicyKind::Offline);
    CHECK(fresh.baseUrl == "https://api.openai.com/v1");
    CHECK(fresh.model == "gpt-4o-mini");
    CHECK(fresh.problems().isEmpty());

    AgentSettings a;
    a.policy = AgentSettings::PolicyKind::OpenAiCompatible;
    a.baseUrl = "http://127.0.0.1:11434/v1";
    a.model = "llama3.1:8b";
    a.temperature = 0.9;
    a.streaming = false;
    s.beginGroup("agent/p1");
    a.save(s);
    s.endGroup();
    s.sync();

    AgentSettings b;
    s.beginGroup("agent/p1");
    AgentSettings::load(s, &b);
    CHECK(s.value("policy").toString() == "openai");
    for (const QString& key : s.allKeys())
        CHECK(!key.contains("key", Qt::CaseInsensitive));
    s.endGroup();
    CHECK(b.policy == AgentSettings::PolicyKind::OpenAiCompatible);
    CHECK(b.baseUrl == a.baseUrl);
    CHECK(b.model == a.model);
    CHECK(b.temperature == Approx(0.9));
    CHECK(!b.streaming);

    CHECK(AgentSettings::apiKeyName("p1") == "agent/p1/api-key");
    CHECK(AgentSettings::policyFromName("openai") == AgentSettings::PolicyKind::OpenAiCompatible);
    CHECK(AgentSettings::policyFromName("offline") == AgentSettings::PolicyKind::Offline);
    CHECK(!AgentSettings::policyFromName("gpt").has_value());
}

TEST_CASE("Agent settings say what is wrong", "[agent-openai]")
{
    AgentSettings a;
    a.policy = AgentSettings::PolicyKind::OpenAiCompatible;
    CHECK(a.problems().join(' ').contains("Enter the OpenAI API key"));
    CHECK(a.problems("sk-1").isEmpty());

    a.baseUrl = "ftp://example.com";
    a.model = " ";
    a.temperature = 3;
    const QString all = a.problems("sk-1").join(' ');
    CHECK(all.contains("http(s) URL"));
    CHECK(all.contains("Name the chat model"));
    CHECK(all.contains("between 0 and 2"));

    AgentSettings lan;
    lan.policy = AgentSettings::PolicyKind::OpenAiCompatible;
    lan.baseUrl = "http://192.168.1.20:8080/v1"; // a local model server without a key: fine
    CHECK(lan.problems().isEmpty());
    CHECK(lan.problems("sk-1").join(' ').contains("only sent over https"));

    QString error;
    CHECK(agent::makeOpenAiPolicy(lan, "sk-1", &error) == nullptr);
    CHECK(error.contains("only sent over https"));
    auto policy = agent::makeOpenAiPolicy(lan, {}, &error);
    REQUIRE(policy);
    CHECK(error.isEmpty());
    CHECK(policy->config().baseUrl == QUrl("http://192.168.1.20:8080/v1"));
    CHECK(policy->config().model == "gpt-4o-mini");
    CHECK(policy->config().temperature == Approx(0.3));
}

TEST_CASE("The agent's API key is read from the keychain entry of its profile", "[agent-openai]")
{
    test::MemorySecretStore secrets;
    secrets.set("agent/p1/api-key", "sk-p1");
    secrets.set("agent/p2/api-key", "sk-p2");
    QObject context;
    AgentSettings a;
    a.policy = AgentSettings::PolicyKind::OpenAiCompatible;

    QByteArray got;
    QString err = "unset";
    bool called = false;
    agent::readAgentApiKey(&secrets, "p2", a, &context,
                           [&](const QByteArray& key, const QString& e) {
                               got = key;
                               err = e;
                               called = true;
                           });
    REQUIRE(QTest::qWaitFor([&] { return called; }, 2000));
    CHECK(got == "sk-p2");
    CHECK(err.isEmpty());

    called = false;
    a.policy = AgentSettings::PolicyKind::Offline; // nothing to read
    agent::readAgentApiKey(&secrets, "p1", a, &context,
                           [&](const QByteArray& key, const QString& e) {
                               got = key;
                               err = e;
                               called = true;
                           });
    REQUIRE(QTest::qWaitFor([&] { return called; }, 2000));
    CHECK(got.isEmpty());
    CHECK(err.isEmpty());

    called = false;
    a.policy = AgentSettings::PolicyKind::OpenAiCompatible;
    secrets.setFailing(true);
    agent::readAgentApiKey(&secrets, "p1", a, &context,
                           [&](const QByteArray& key, const QString& e) {
                               got = key;
                               err = e;
                               called = true;
                           });
    REQUIRE(QTest::qWaitFor([&] { return called; }, 2000));
    CHECK(got.isEmpty());
    CHECK(!err.isEmpty());
}
