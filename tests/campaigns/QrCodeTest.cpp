// QR codes of campaign links: the module grid and the SVG writer.
#include "campaigns/QrCode.h"

#include <catch2/catch.hpp>

#include <QXmlStreamReader>

using limitless::campaigns::QrCode;

TEST_CASE("A campaign link encodes as a QR code of the expected size", "[campaigns][qr]")
{
    const QrCode qr = QrCode::encode(QStringLiteral("https://go.limitless-os.com/c/K7PX3M"));
    REQUIRE_FALSE(qr.isNull());
    CHECK(qr.size() == 17 + 4 * qr.version());
    // 36 bytes at level M need version 3 (29 × 29).
    CHECK(qr.version() == 3);
    // Finder patterns: the three corners are dark, with a light separator.
    CHECK(qr.isDark(0, 0));
    CHECK(qr.isDark(qr.size() - 1, 0));
    CHECK(qr.isDark(0, qr.size() - 1));
    CHECK_FALSE(qr.isDark(7, 7));
    CHECK(QrCode::encode(QString()).isNull());
}

TEST_CASE("The QR code's SVG is valid XML with one rect per dark module", "[campaigns][qr]")
{
    const QrCode qr = QrCode::encode(QStringLiteral("https://go.limitless-os.com/c/ABCDEF"));
    REQUIRE_FALSE(qr.isNull());
    int dark = 0;
    for (int y = 0; y < qr.size(); ++y)
        for (int x = 0; x < qr.size(); ++x)
            dark += qr.isDark(x, y);

    const QByteArray svg = qr.toSvg(10, 4);
    QXmlStreamReader xml(svg);
    int rects = 0;
    QString width;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg")) {
            CHECK(xml.namespaceUri() == QLatin1String("http://www.w3.org/2000/svg"));
            width = xml.attributes().value(QLatin1String("width")).toString();
        } else if (xml.name() == QLatin1String("rect")) {
            ++rects;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(rects == dark + 1); // plus the white background
    CHECK(width == QString::number((qr.size() + 8) * 10));
}
