#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace limitless::campaigns {

// A QR code symbol (libqrencode, error correction level M) as a plain grid of modules, with an
// SVG writer. Rendering to a bitmap lives with the widgets (QrCodeDialog), which have QtGui.
class QrCode {
public:
    // Encodes `text` (UTF-8, byte mode). Invalid (isNull()) when it cannot be encoded.
    static QrCode encode(const QString& text);

    bool isNull() const { return m_size == 0; }
    // Modules per side (21 for version 1, +4 per version).
    int size() const { return m_size; }
    int version() const { return m_version; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // A standalone SVG document: one rect per dark module on a white background, `margin`
    // modules of quiet zone (the standard asks for 4), each module `moduleSize` user units.
    QByteArray toSvg(int moduleSize = 8, int margin = 4) const;

private:
    int m_size = 0;
    int m_version = 0;
    QVector<bool> m_modules;
};

} // namespace limitless::campaigns
