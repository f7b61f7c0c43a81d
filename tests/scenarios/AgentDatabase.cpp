#include "AgentDatabase.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

namespace limitless::test {

namespace {

void require(const db::QueryResult& r)
{
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
}

} // namespace

QString onlyOwner(const QString& url)
{
    auto conn = connect(url);
    const auto r = conn->exec(QStringLiteral("select id from owners"));
    require(r);
    REQUIRE(r.rowCount() == 1);
    return r.scalar().toString();
}

} // namespace limitless::test
