#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace limitless::ui {

// The Settings page. Today it holds the campaign link base URL (not secret, kept in QSettings
// under `campaigns/baseUrl`): the address of the owner's landing page to which each campaign's
// code is appended. Secrets never appear here; they live in the OS keychain.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QPushButton* saveButton() const { return m_save; }
    QString messageText() const;

public slots:
    // Stores the typed URL when it is valid; returns whether it was stored.
    bool save();
    void resetToDefault();
    // Reloads the field from the settings.
    void load();

signals:
    void baseUrlChanged(const QString& url);

private:
    void updateExample();

    QLineEdit* m_baseUrl;
    QLabel* m_example;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_reset;
};

} // namespace limitless::ui
