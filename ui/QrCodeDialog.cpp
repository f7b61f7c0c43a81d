#include "QrCodeDialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace limitless::ui {

namespace {
// Pixels per module in a saved PNG: about 5 cm at 300 dpi for a typical link (version 3-4).
constexpr int PngModulePixels = 20;
constexpr int ScreenSide = 280;
} // namespace

QImage QrCodeDialog::render(const campaigns::QrCode& qr, int moduleSize, int margin)
{
    if (qr.isNull())
        return {};
    const int side = (qr.size() + 2 * margin) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < qr.size(); ++y)
        for (int x = 0; x < qr.size(); ++x)
            if (qr.isDark(x, y))
                for (int dy = 0; dy < moduleSize; ++dy)
                    for (int dx = 0; dx < moduleSize; ++dx)
                        image.setPixel((x + margin) * moduleSize + dx,
                                       (y + margin) * moduleSize + dy, 1);
    return image;
}

QrCodeDialog::QrCodeDialog(const QString& code, const QString& name, const QUrl& url,
                           QWidget* parent)
    : QDialog(parent), m_code(code), m_url(url),
      m_qr(campaigns::QrCode::encode(url.toString(QUrl::FullyEncoded))), m_image(new QLabel(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("qrCodeDialog"));
    setWindowTitle(tr("QR code for %1").arg(code));

    // A long name wraps (at most three lines, then an ellipsis) instead of widening the dialog
    // past the screen and its buttons out of reach; the whole name is the tooltip.
    const QString full = name.isEmpty() ? code : tr("%1 · %2").arg(code, name);
    QString shown = full;
    if (shown.size() > 140)
        shown = shown.left(139).trimmed() + QChar(0x2026);
    auto* title = new QLabel(shown, this);
    title->setObjectName(QStringLiteral("qrTitle"));
    title->setToolTip(full);
    title->setWordWrap(true);
    title->setMaximumWidth(ScreenSide + 80);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);

    // Whole pixels per module keep the edges sharp at any size.
    const int moduleSize = m_qr.isNull() ? 1 : qMax(2, ScreenSide / (m_qr.size() + 8));
    m_image->setObjectName(QStringLiteral("qrImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setPixmap(QPixmap::fromImage(render(m_qr, moduleSize)));
    m_image->setAccessibleName(tr("QR code of the campaign link"));

    auto* link = new QLabel(this);
    link->setObjectName(QStringLiteral("qrLink"));
    link->setText(url.toDisplayString());
    link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    link->setAlignment(Qt::AlignCenter);

    m_status->setObjectName(QStringLiteral("qrStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);

    auto* copy =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy link"), this);
    auto* open = new QPushButton(tr("Open"), this);
    auto* png = new QPushButton(tr("Save PNG…"), this);
    auto* svg = new QPushButton(tr("Save SVG…"), this);
    copy->setObjectName(QStringLiteral("copyLink"));
    open->setObjectName(QStringLiteral("openLink"));
    png->setObjectName(QStringLiteral("savePng"));
    svg->setObjectName(QStringLiteral("saveSvg"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(copy);
    actions->addWidget(open);
    actions->addStretch(1);
    actions->addWidget(png);
    actions->addWidget(svg);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_image, 1);
    layout->addWidget(link);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString());
        m_status->setText(tr("Link copied."));
    });
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
    connect(png, &QPushButton::clicked, this, [this] { chooseAndSave(false); });
    connect(svg, &QPushButton::clicked, this, [this] { chooseAndSave(true); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_qr.isNull()) {
        m_status->setText(tr("This link is too long for a QR code."));
        png->setEnabled(false);
        svg->setEnabled(false);
    }
}

bool QrCodeDialog::savePng(const QString& path)
{
    const bool ok = render(m_qr, PngModulePixels).save(path, "PNG");
    m_status->setText(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                         : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    return ok;
}

bool QrCodeDialog::saveSvg(const QString& path)
{
    QFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    file.write(m_qr.toSvg()) > 0 && file.flush();
    m_status->setText(
        ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
           : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return ok;
}

void QrCodeDialog::chooseAndSave(bool svg)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested =
        dir + QStringLiteral("/campaign-%1.%2")
                  .arg(m_code, svg ? QStringLiteral("svg") : QStringLiteral("png"));
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Save QR code as SVG") : tr("Save QR code as PNG"), suggested,
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (svg)
        saveSvg(path);
    else
        savePng(path);
}

} // namespace limitless::ui
