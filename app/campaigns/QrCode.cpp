#include "campaigns/QrCode.h"

#include <QXmlStreamWriter>

#include <memory>

#include <qrencode.h>

namespace limitless::campaigns {

namespace {
struct QrDeleter {
    void operator()(QRcode* code) const { QRcode_free(code); }
};
} // namespace

QrCode QrCode::encode(const QString& text)
{
    QrCode out;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return out;
    // Version 0 = the smallest that fits; M recovers ~15% damage, plenty for a screen or print.
    const std::unique_ptr<QRcode, QrDeleter> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code)
        return out;
    out.m_size = code->width;
    out.m_version = code->version;
    out.m_modules.resize(code->width * code->width);
    for (int i = 0; i < out.m_modules.size(); ++i)
        out.m_modules[i] = (code->data[i] & 1) != 0; // bit 0 = dark; the others are metadata
    return out;
}

QByteArray QrCode::toSvg(int moduleSize, int margin) const
{
    QByteArray svg;
    QXmlStreamWriter w(&svg);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    const int side = (m_size + 2 * margin) * moduleSize;
    w.writeStartElement(QStringLiteral("svg"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    w.writeAttribute(QStringLiteral("width"), QString::number(side));
    w.writeAttribute(QStringLiteral("height"), QString::number(side));
    w.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %1").arg(side));
    // Crisp edges: anti-aliasing between neighbouring rects would draw hairlines that scanners
    // may read as light modules.
    w.writeAttribute(QStringLiteral("shape-rendering"), QStringLiteral("crispEdges"));
    w.writeEmptyElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("width"), QString::number(side));
    w.writeAttribute(QStringLiteral("height"), QString::number(side));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));
    w.writeStartElement(QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("#000000"));
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            w.writeEmptyElement(QStringLiteral("rect"));
            w.writeAttribute(QStringLiteral("x"), QString::number((x + margin) * moduleSize));
            w.writeAttribute(QStringLiteral("y"), QString::number((y + margin) * moduleSize));
            w.writeAttribute(QStringLiteral("width"), QString::number(moduleSize));
            w.writeAttribute(QStringLiteral("height"), QString::number(moduleSize));
        }
    }
    w.writeEndElement(); // g
    w.writeEndElement(); // svg
    w.writeEndDocument();
    return svg;
}

} // namespace limitless::campaigns
