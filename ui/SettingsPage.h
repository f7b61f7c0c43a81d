#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace limitless::ui {

// The Settings page: the campaign link base URL (not secret, kept in QSettings under
// `campaigns/baseUrl`): the address of the owner's landing page to which each campaign's code is
// appended; the desktop notifications; the appearance (System, Light or Dark, see Appearance).
// Secrets never appear here; they live in the OS keychain.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QPushButton* saveButton() const { return m_save; }
    QString messageText() const;
    // Appearance: System, Light or Dark (Appearance::Mode order), applied as soon as it is chosen.
    QComboBox* appearanceCombo() const { return m_appearance; }

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
    QComboBox* m_appearance;
};

} // namespace limitless::ui
