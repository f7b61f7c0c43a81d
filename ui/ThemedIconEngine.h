#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QString>

namespace limitless::ui {

// An icon drawn from one of our SVG resources in the colours of the application's current scheme:
// the SVG is written in the light scheme's colours and Theme::adapt() turns them into their dark
// counterparts when the palette is dark. It is rendered when it is painted, so an icon already on
// screen (a navigation entry, a tool button) follows a change of scheme without being set again.
class ThemedIconEngine : public QIconEngine {
public:
    explicit ThemedIconEngine(const QString& resourcePath);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;

private:
    QByteArray svgForCurrentScheme() const;

    QString m_path;
    QByteArray m_lightSvg;
};

} // namespace limitless::ui
