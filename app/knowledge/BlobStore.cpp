#include "knowledge/BlobStore.h"

#include <QRegularExpression>
#include <QStringList>

namespace limitless::knowledge {

StoreError StoreError::make(Kind kind, const QString& message, int httpStatus,
                            const QString& serverMessage)
{
    StoreError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    e.serverMessage = serverMessage;
    return e;
}

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

namespace {

bool isReservedDeviceName(const QString& segment)
{
    // Windows refuses these as file names whatever the extension ("nul.txt" too).
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString stem = segment.section(QLatin1Char('.'), 0, 0);
    return reserved.match(stem).hasMatch();
}

QString sanitizeSegment(QString segment, ObjectNameRules rules)
{
    for (QChar& c : segment) {
        const char16_t u = c.unicode();
        bool bad = u < 0x20 || u == 0x7f;
        if (rules == ObjectNameRules::LocalFiles)
            bad = bad || QStringView(u"<>:\"|?*").contains(c);
        if (bad)
            c = QLatin1Char('_');
    }
    if (rules == ObjectNameRules::LocalFiles) {
        // Windows drops trailing dots and spaces, which would make two names one file.
        while (segment.endsWith(QLatin1Char('.')) || segment.endsWith(QLatin1Char(' ')))
            segment.chop(1);
        if (isReservedDeviceName(segment))
            segment.prepend(QLatin1Char('_'));
    }
    return segment;
}

} // namespace

QString sanitizeObjectName(const QString& name, ObjectNameRules rules)
{
    QString unified = name;
    unified.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList kept;
    for (const QString& raw : unified.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (raw == QLatin1String(".") || raw == QLatin1String(".."))
            continue;
        const QString segment = sanitizeSegment(raw, rules);
        if (!segment.isEmpty())
            kept << segment;
    }
    const QString out = kept.join(QLatin1Char('/'));
    // Google Cloud Storage takes names of up to 1024 bytes of UTF-8.
    if (rules == ObjectNameRules::Cloud && out.toUtf8().size() > 1024)
        return {};
    return out;
}

} // namespace limitless::knowledge
