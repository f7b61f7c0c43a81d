#include "AuthTestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>

namespace limitless::test {

namespace {
QMutex g_mutex;
QStringList g_lines;
} // namespace

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

LogCapture::LogCapture()
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.clear();
    }
    // Everything, including debug output of every category (Qt's own as well).
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    m_previous = qInstallMessageHandler(&LogCapture::handler);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

void LogCapture::handler(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_mutex);
    g_lines << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category), message);
}

QString LogCapture::text() const
{
    QMutexLocker lock(&g_mutex);
    return g_lines.join(QLatin1Char('\n'));
}

int LogCapture::lines() const
{
    QMutexLocker lock(&g_mutex);
    return int(g_lines.size());
}

QStringList filesContaining(const QString& dir, const QStringList& needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString& n : needles) {
            if (!n.isEmpty() && bytes.contains(n.toUtf8())) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

} // namespace limitless::test
