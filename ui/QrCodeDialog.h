#pragma once

#include "campaigns/QrCode.h"

#include <QDialog>
#include <QImage>
#include <QUrl>

class QLabel;
class QPushButton;

namespace limitless::ui {

// A campaign's link as a QR code, for print and slides: shown large, with Copy link, Open in the
// browser, Save as PNG and Save as SVG.
class QrCodeDialog : public QDialog {
    Q_OBJECT

public:
    QrCodeDialog(const QString& code, const QString& name, const QUrl& url,
                 QWidget* parent = nullptr);

    // Black modules on white with a 4-module quiet zone, `moduleSize` pixels per module.
    static QImage render(const campaigns::QrCode& qr, int moduleSize, int margin = 4);

    const campaigns::QrCode& qrCode() const { return m_qr; }
    QUrl url() const { return m_url; }
    // The files the Save buttons write; false with a message in the dialog on failure.
    bool savePng(const QString& path);
    bool saveSvg(const QString& path);

private:
    void chooseAndSave(bool svg);

    QString m_code;
    QUrl m_url;
    campaigns::QrCode m_qr;
    QLabel* m_image;
    QLabel* m_status;
};

} // namespace limitless::ui
