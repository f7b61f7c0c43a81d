#include "db/PgValue.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

using namespace limitless::db;

namespace {
QVariant decode(const char* text, Oid oid, Oid vectorOid = 0)
{
    return PgValue::fromText(text, int(strlen(text)), oid, vectorOid);
}
QByteArray encode(const QVariant& v, bool* binary = nullptr)
{
    bool b = false;
    const QByteArray out = PgValue::toText(v, &b);
    if (binary)
        *binary = b;
    return out;
}
} // namespace

TEST_CASE("timestamps without a zone are read as UTC")
{
    const QDateTime dt = decode("2025-01-31 23:30:05.123456", PgValue::TimestampOid).toDateTime();
    REQUIRE(dt.isValid());
    CHECK(dt.timeSpec() == Qt::UTC);
    CHECK(dt.date() == QDate(2025, 1, 31));
    CHECK(dt.time() == QTime(23, 30, 5, 123));
    // No fractional part.
    CHECK(decode("2025-01-31 00:00:00", PgValue::TimestampOid).toDateTime().time() == QTime(0, 0));
}

TEST_CASE("timestamptz values are normalised to UTC")
{
    const QDateTime dt = decode("2025-06-01 10:00:00+02", PgValue::TimestamptzOid).toDateTime();
    CHECK(dt.toUTC().time() == QTime(8, 0));
    const QDateTime neg =
        decode("2025-06-01 10:00:00.5-05:30", PgValue::TimestamptzOid).toDateTime();
    CHECK(neg.toUTC().time() == QTime(15, 30, 0, 500));
}

TEST_CASE("timestamps round-trip through parameters as UTC text")
{
    const QDateTime utc(QDate(2024, 2, 29), QTime(12, 1, 2, 345), Qt::UTC);
    CHECK(encode(utc) == "2024-02-29 12:01:02.345");
    // A local time is converted, not reinterpreted.
    const QDateTime offset = utc.toOffsetFromUtc(3600);
    CHECK(encode(offset) == "2024-02-29 12:01:02.345");
}

TEST_CASE("scalar types decode to the right Qt types")
{
    CHECK(decode("t", PgValue::BoolOid).toBool() == true);
    CHECK(decode("f", PgValue::BoolOid).toBool() == false);
    CHECK(decode("9223372036854775807", PgValue::Int8Oid).toLongLong() == 9223372036854775807LL);
    CHECK(decode("-42", PgValue::Int4Oid).toLongLong() == -42);
    CHECK(decode("0.1", PgValue::Float8Oid).toDouble() == Approx(0.1));
    // numeric stays exact text.
    CHECK(decode("12345678901234567890.123", PgValue::NumericOid).toString() ==
          QStringLiteral("12345678901234567890.123"));
    CHECK(decode("2025-03-04", PgValue::DateOid).toDate() == QDate(2025, 3, 4));
    CHECK(decode("héllo ✓", PgValue::TextOid).toString() == QStringLiteral("héllo ✓"));
}

TEST_CASE("json and jsonb decode to QJsonValue, scalars included")
{
    const QJsonValue obj = decode(R"({"a":[1,2],"b":"x"})", PgValue::JsonbOid).toJsonValue();
    REQUIRE(obj.isObject());
    CHECK(obj.toObject().value(QStringLiteral("a")).toArray().size() == 2);
    CHECK(decode("\"intake\"", PgValue::JsonbOid).toJsonValue().toString() ==
          QStringLiteral("intake"));
    CHECK(decode("true", PgValue::JsonOid).toJsonValue().toBool());
    CHECK(decode("99", PgValue::JsonOid).toJsonValue().toInt() == 99);
}

TEST_CASE("json parameters are compact JSON text")
{
    QJsonObject o;
    o.insert(QStringLiteral("sub"), QStringLiteral("u-1"));
    CHECK(encode(QVariant(o)) == R"({"sub":"u-1"})");
    CHECK(encode(QVariant(QJsonValue(QStringLiteral("x")))) == "\"x\"");
}

TEST_CASE("bytea decodes from hex and encodes as binary")
{
    const QByteArray raw("\x00\x01\xff", 3);
    CHECK(decode("\\x0001ff", PgValue::ByteaOid).toByteArray() == raw);
    bool binary = false;
    CHECK(encode(QVariant(raw), &binary) == raw);
    CHECK(binary);
    // An empty bytea is not NULL.
    bool b2 = false;
    const QByteArray empty = encode(QVariant(QByteArray()), &b2);
    CHECK_FALSE(empty.isNull());
}

TEST_CASE("booleans, nulls and text arrays encode as PostgreSQL expects")
{
    CHECK(encode(QVariant(true)) == "t");
    CHECK(encode(QVariant(false)) == "f");
    CHECK(encode(QVariant()).isNull());
    CHECK(encode(QVariant(QStringList{QStringLiteral("a\"b"), QStringLiteral("c\\d")})) ==
          R"({"a\"b","c\\d"})");
}

TEST_CASE("vector and real[] values decode to float vectors and encode back")
{
    const Oid vectorOid = 16385;
    const QVector<float> v = decode("[0.5,-1,2.25]", vectorOid, vectorOid).value<QVector<float>>();
    REQUIRE(v.size() == 3);
    CHECK(v[1] == -1.0f);
    const QVector<float> a =
        decode("{0.5,-1,2.25}", PgValue::Float4ArrayOid).value<QVector<float>>();
    CHECK(a == v);
    CHECK(encode(QVariant::fromValue(Vector{v})) == "[0.5,-1,2.25]");
    CHECK(Vector{v}.toArrayLiteral() == "{0.5,-1,2.25}");
    CHECK(decode("[]", vectorOid, vectorOid).value<QVector<float>>().isEmpty());
}
