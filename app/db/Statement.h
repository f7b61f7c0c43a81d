#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVector>

namespace limitless::db {

// A pgvector / real[] value. Passed as a parameter it is written in pgvector's text form
// ("[1,2,3]"); a real[] column accepts the same value when the SQL casts it
// (`$1::real[]` is not needed: use Vector::toArrayLiteral for that path).
struct Vector {
    QVector<float> values;
    QByteArray toVectorLiteral() const;
    QByteArray toArrayLiteral() const;
    // Binary input forms, sent as a binary parameter (a QByteArray) whose SQL casts it:
    // `$n::vector` (pgvector's vector_recv: dimensions, 0, floats) and `$n::real[]`
    // (array_recv of float4). No text to format or parse: storing 10,000 embeddings of 1,536
    // dimensions otherwise moves 150 MB of decimal text.
    QByteArray toVectorBinary() const;
    QByteArray toFloat4ArrayBinary() const;
};

// Explicit marker for a JSON parameter whose text is already serialised.
struct Json {
    QByteArray text;
};

// One parameterised statement. Parameters are never interpolated into the SQL text.
struct Statement {
    QString sql;
    QVariantList params;

    Statement() = default;
    Statement(QString s, QVariantList p = {}) : sql(std::move(s)), params(std::move(p)) {}
    Statement(const char* s, QVariantList p = {}) : sql(QString::fromUtf8(s)), params(std::move(p))
    {}
};

} // namespace limitless::db

Q_DECLARE_METATYPE(limitless::db::Vector)
Q_DECLARE_METATYPE(limitless::db::Json)
