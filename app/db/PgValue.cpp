#include "db/PgValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace limitless::db {

QByteArray Vector::toVectorLiteral() const
{
    QByteArray out;
    out.reserve(values.size() * 10 + 2);
    out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(double(values[i]), 'g', 9);
    }
    out += ']';
    return out;
}

QByteArray Vector::toArrayLiteral() const
{
    QByteArray out = toVectorLiteral();
    out[0] = '{';
    out[out.size() - 1] = '}';
    return out;
}

namespace {

void putBigEndian32(char* out, quint32 v)
{
    out[0] = char(v >> 24);
    out[1] = char(v >> 16);
    out[2] = char(v >> 8);
    out[3] = char(v);
}

quint32 floatBits(float f)
{
    quint32 bits = 0;
    static_assert(sizeof bits == sizeof f);
    std::memcpy(&bits, &f, sizeof bits);
    return bits;
}

} // namespace

QByteArray Vector::toVectorBinary() const
{
    // pgvector's vector_recv: int16 dimensions, int16 unused (0), then float4 each.
    const qsizetype n = values.size();
    QByteArray out(4 + n * 4, Qt::Uninitialized);
    char* p = out.data();
    p[0] = char((n >> 8) & 0xff);
    p[1] = char(n & 0xff);
    p[2] = 0;
    p[3] = 0;
    for (qsizetype i = 0; i < n; ++i)
        putBigEndian32(p + 4 + i * 4, floatBits(values[i]));
    return out;
}

QByteArray Vector::toFloat4ArrayBinary() const
{
    // array_recv: ndim, has-nulls flag, element type (float4 = 700), then per dimension its
    // length and lower bound, then each element as its length (4) and value.
    const qsizetype n = values.size();
    QByteArray out(20 + n * 8, Qt::Uninitialized);
    char* p = out.data();
    putBigEndian32(p, 1);
    putBigEndian32(p + 4, 0);
    putBigEndian32(p + 8, 700);
    putBigEndian32(p + 12, quint32(n));
    putBigEndian32(p + 16, 1);
    for (qsizetype i = 0; i < n; ++i) {
        putBigEndian32(p + 20 + i * 8, 4);
        putBigEndian32(p + 24 + i * 8, floatBits(values[i]));
    }
    return out;
}

namespace PgValue {

QDateTime parseTimestamp(const QByteArray& text, bool withZone)
{
    // Server output (DateStyle ISO): "YYYY-MM-DD HH:MM:SS[.ffffff][+HH[:MM]]".
    QByteArray t = text;
    int offsetSeconds = 0;
    if (withZone) {
        const int sign = std::max(t.lastIndexOf('+'), t.lastIndexOf('-'));
        if (sign > 10) {
            const QByteArray zone = t.mid(sign + 1);
            const QList<QByteArray> parts = zone.split(':');
            int secs = parts.value(0).toInt() * 3600 + parts.value(1).toInt() * 60 +
                       parts.value(2).toInt();
            offsetSeconds = t.at(sign) == '-' ? -secs : secs;
            t.truncate(sign);
        }
    }
    if (t == "infinity" || t == "-infinity")
        return {};
    const int dot = t.indexOf('.');
    int msecs = 0;
    if (dot > 0) {
        QByteArray frac = t.mid(dot + 1).left(3);
        while (frac.size() < 3)
            frac += '0';
        msecs = frac.toInt();
        t.truncate(dot);
    }
    QDateTime dt =
        QDateTime::fromString(QString::fromLatin1(t), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        return {};
    dt.setTimeSpec(Qt::UTC);
    return dt.addMSecs(msecs).addSecs(-offsetSeconds);
}

QString formatTimestamp(const QDateTime& dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

namespace {
quint32 readBigEndian32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

float floatFromBits(quint32 bits)
{
    float f = 0;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}
} // namespace

QVariant fromBinary(const char* data, int length, Oid oid, Oid vectorOid)
{
    if (oid == TextOid || oid == VarcharOid || oid == NameOid || oid == BpcharOid)
        return QString::fromUtf8(data, length);
    if (vectorOid != 0 && oid == vectorOid && length >= 4) {
        const auto* u = reinterpret_cast<const unsigned char*>(data);
        const int dim = (int(u[0]) << 8) | int(u[1]);
        if (length < 4 + dim * 4)
            return {};
        QVector<float> out(dim);
        for (int i = 0; i < dim; ++i)
            out[i] = floatFromBits(readBigEndian32(data + 4 + i * 4));
        return QVariant::fromValue(out);
    }
    if (oid == Float4ArrayOid && length >= 12) {
        const quint32 ndim = readBigEndian32(data);
        if (ndim == 0)
            return QVariant::fromValue(QVector<float>());
        if (ndim != 1 || length < 20)
            return {};
        const int n = int(readBigEndian32(data + 12));
        if (length < 20 + n * 8)
            return {};
        QVector<float> out(n);
        const char* p = data + 20;
        for (int i = 0; i < n; ++i, p += 8)
            out[i] = readBigEndian32(p) == 4 ? floatFromBits(readBigEndian32(p + 4)) : 0.0f;
        return QVariant::fromValue(out);
    }
    return {};
}

QVector<float> parseFloatArray(const QByteArray& text)
{
    // Embeddings arrive as 1,536 numbers per row and tens of thousands of rows: parse in place
    // with from_chars, without splitting into temporary strings.
    QVector<float> out;
    if (text.size() < 2)
        return out;
    const char* p = text.constData() + 1;
    const char* end = text.constData() + text.size() - 1;
    out.reserve(std::count(p, end, ',') + 1);
    while (p < end) {
        while (p < end && (*p == ' ' || *p == ','))
            ++p;
        if (p >= end)
            break;
        float v = 0;
        const auto [next, ec] = std::from_chars(p, end, v);
        if (ec != std::errc()) {
            // Infinity/NaN spellings or anything unexpected: fall back for this element.
            const char* stop = std::find(p, end, ',');
            v = QByteArray(p, stop - p).trimmed().toFloat();
            p = stop;
        } else {
            p = next;
        }
        out.append(v);
    }
    return out;
}

QByteArray unescapeBytea(const char* data, int length)
{
    // Hex format ("\x0a1b…"), which is the server default since 9.0.
    if (length >= 2 && data[0] == '\\' && data[1] == 'x')
        return QByteArray::fromHex(QByteArray::fromRawData(data + 2, length - 2));
    size_t outLen = 0;
    unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(data), &outLen);
    if (!raw)
        return {};
    QByteArray out(reinterpret_cast<const char*>(raw), qsizetype(outLen));
    PQfreemem(raw);
    return out;
}

QVariant fromText(const char* data, int length, Oid oid, Oid vectorOid)
{
    const QByteArray text = QByteArray::fromRawData(data, length);
    switch (oid) {
    case BoolOid:
        return QVariant(length > 0 && data[0] == 't');
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid:
        return QVariant(text.toLongLong());
    case Float4Oid:
    case Float8Oid:
        return QVariant(text.toDouble());
    case JsonOid:
    case JsonbOid: {
        // QJsonDocument only parses objects and arrays; wrap to accept scalars too.
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &err);
        if (err.error != QJsonParseError::NoError)
            return QVariant(QString::fromUtf8(text));
        return QVariant::fromValue(doc.array().first());
    }
    case TimestampOid:
        return QVariant(parseTimestamp(text, false));
    case TimestamptzOid:
        return QVariant(parseTimestamp(text, true));
    case DateOid:
        return QVariant(QDate::fromString(QString::fromLatin1(text), Qt::ISODate));
    case ByteaOid:
        return QVariant(unescapeBytea(data, length));
    case Float4ArrayOid:
        return QVariant::fromValue(parseFloatArray(text));
    default:
        if (vectorOid != 0 && oid == vectorOid)
            return QVariant::fromValue(parseFloatArray(text));
        return QVariant(QString::fromUtf8(data, length));
    }
}

QByteArray toText(const QVariant& v, bool* binary)
{
    *binary = false;
    if (!v.isValid() || v.isNull())
        return QByteArray();
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
    case QMetaType::QByteArray:
        *binary = true;
        return v.toByteArray().isNull() ? QByteArray("", 0) : v.toByteArray();
    case QMetaType::QDateTime:
        return formatTimestamp(v.toDateTime()).toLatin1();
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toLatin1();
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
    case QMetaType::QJsonDocument: {
        const QJsonValue jv =
            v.typeId() == QMetaType::QJsonDocument
                ? (v.toJsonDocument().isArray() ? QJsonValue(v.toJsonDocument().array())
                                                : QJsonValue(v.toJsonDocument().object()))
                : v.toJsonValue();
        const QByteArray wrapped = QJsonDocument(QJsonArray{jv}).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    }
    default:
        break;
    }
    if (v.canConvert<Vector>() && v.userType() == qMetaTypeId<Vector>())
        return v.value<Vector>().toVectorLiteral();
    if (v.userType() == qMetaTypeId<Json>())
        return v.value<Json>().text;
    if (v.userType() == qMetaTypeId<QVector<float>>())
        return Vector{v.value<QVector<float>>()}.toArrayLiteral();
    if (v.typeId() == QMetaType::QStringList) {
        // text[] literal with every element quoted and escaped.
        QByteArray out = "{";
        const QStringList list = v.toStringList();
        for (int i = 0; i < list.size(); ++i) {
            if (i)
                out += ',';
            QByteArray e = list[i].toUtf8();
            e.replace('\\', "\\\\").replace('"', "\\\"");
            out += '"' + e + '"';
        }
        return out + '}';
    }
    return v.toString().toUtf8();
}

} // namespace PgValue
} // namespace limitless::db
