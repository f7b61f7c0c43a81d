#pragma once

#include "db/Statement.h"

#include <QByteArray>
#include <QDateTime>
#include <QVariant>

#include <libpq-fe.h>

namespace limitless::db {

// Conversions between libpq's text format and Qt values. Pure functions, unit tested.
namespace PgValue {

// Well-known built-in type OIDs (pg_type.h).
constexpr Oid BoolOid = 16, ByteaOid = 17, Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, TextOid = 25,
              OidOid = 26, JsonOid = 114, Float4Oid = 700, Float8Oid = 701, VarcharOid = 1043,
              BpcharOid = 1042, DateOid = 1082, TimestampOid = 1114, TimestamptzOid = 1184,
              NumericOid = 1700, UuidOid = 2950, JsonbOid = 3802, Float4ArrayOid = 1021,
              NameOid = 19, TextArrayOid = 1009, Int4ArrayOid = 1007;

// Decodes one text-format value of type `oid`. `vectorOid` is pgvector's run-time OID (0 if
// the extension is absent).
QVariant fromText(const char* data, int length, Oid oid, Oid vectorOid);

// Decodes one binary-format value: text/varchar/name as UTF-8, float4[] (one dimension) and
// pgvector's vector as QVector<float>; anything else is an invalid QVariant.
QVariant fromBinary(const char* data, int length, Oid oid, Oid vectorOid);

// Encodes a parameter in text format; returns a null QByteArray for SQL NULL.
// `binary` is set for QByteArray parameters (sent as binary bytea).
QByteArray toText(const QVariant& value, bool* binary);

// "2024-01-31 12:34:56.789" (no zone) → UTC QDateTime.
QDateTime parseTimestamp(const QByteArray& text, bool withZone);
QString formatTimestamp(const QDateTime& utc);
QVector<float> parseFloatArray(const QByteArray& text); // "{1,2}" or "[1,2]"
QByteArray unescapeBytea(const char* data, int length);

} // namespace PgValue
} // namespace limitless::db
