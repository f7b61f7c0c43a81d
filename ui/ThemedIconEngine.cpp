#include "ThemedIconEngine.h"

#include "Theme.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace limitless::ui {

namespace {

constexpr qreal kDisabledOpacity = 0.4;

} // namespace

ThemedIconEngine::ThemedIconEngine(const QString& resourcePath) : m_path(resourcePath)
{
    QFile file(resourcePath);
    if (file.open(QIODevice::ReadOnly))
        m_lightSvg = file.readAll();
}

QByteArray ThemedIconEngine::svgForCurrentScheme() const
{
    if (!Theme::isDark(QGuiApplication::palette()))
        return m_lightSvg;
    return Theme::adapt(QString::fromUtf8(m_lightSvg), Theme::Scheme::Dark).toUtf8();
}

void ThemedIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(svgForCurrentScheme());
    if (!renderer.isValid())
        return;
    painter->save();
    if (mode == QIcon::Disabled)
        painter->setOpacity(painter->opacity() * kDisabledOpacity);
    renderer.render(painter, rect);
    painter->restore();
}

QPixmap ThemedIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    // Keyed by scheme too: after a switch the other scheme's rendering is simply not found.
    const QString cacheKey = QStringLiteral("limitless-icon:%1:%2x%3:%4:%5")
                                 .arg(m_path)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(int(mode))
                                 .arg(Theme::isDark(QGuiApplication::palette()) ? 1 : 0);
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    pixmap = QPixmap(size);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    }
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QIconEngine* ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(*this);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("limitless-themed-svg");
}

} // namespace limitless::ui
