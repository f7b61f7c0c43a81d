#include "db/VersionInfo.h"

#include <QFile>

#include <libpq-fe.h>

namespace limitless::db {

QString VersionInfo::libpqVersion()
{
    // 150014 → "15.14" (PostgreSQL 10 and later number major * 10000 + minor).
    const int v = PQlibVersion();
    return v >= 100000 ? QStringLiteral("%1.%2").arg(v / 10000).arg(v % 10000)
                       : QStringLiteral("%1.%2.%3").arg(v / 10000).arg(v / 100 % 100).arg(v % 100);
}

VersionInfo VersionInfo::local()
{
    VersionInfo info;
    info.app = QStringLiteral(LIMITLESS_VERSION);
    info.qtRuntime = QString::fromLatin1(qVersion());
    info.qtBuild = QStringLiteral(QT_VERSION_STR);
    info.libpq = libpqVersion();
    return info;
}

Statement VersionInfo::statement()
{
    QFile f(QStringLiteral(":/db/queries/versions.sql"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing query resource versions.sql");
    return Statement(QString::fromUtf8(f.readAll()));
}

void VersionInfo::setServer(const QueryResult& result)
{
    serverRead = result.ok() && result.rowCount() == 1;
    if (!result.ok()) {
        serverError = result.error.userMessage();
        return;
    }
    if (!serverRead)
        return;
    server = result.value(0, 0).toString();
    pgvector = result.value(0, 1).isNull() ? QString() : result.value(0, 1).toString();
}

} // namespace limitless::db
