#include "SqlFile.h"

#include <QFile>
#include <QHash>
#include <QMutex>

namespace limitless::conversations {

QString sqlFile(const char* name)
{
    static QMutex mutex;
    static QHash<QByteArray, QString> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.constFind(QByteArray(name));
    if (it != cache.constEnd())
        return *it;
    QFile f(QStringLiteral(":/conversations/queries/%1.sql").arg(QLatin1String(name)));
    const bool opened = f.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "sqlFile", name);
    const QString sql = opened ? QString::fromUtf8(f.readAll()) : QString();
    cache.insert(QByteArray(name), sql);
    return sql;
}

} // namespace limitless::conversations
