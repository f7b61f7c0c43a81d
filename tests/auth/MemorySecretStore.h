#pragma once

#include "auth/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace limitless::test {

// A SecretStore in memory for unit tests (the keychain has its own test). Answers
// asynchronously, after `delayMs`, like the real keychain; can be told to fail; records the
// order of operations.
class MemorySecretStore : public QObject, public auth::SecretStore {
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr) : QObject(parent) {}

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QByteArray& data, QObject* context,
               DoneCallback callback) override;
    void remove(const QString& key, QObject* context, DoneCallback callback) override;

    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    void setFailing(bool failing) { m_failing = failing; }
    QByteArray value(const QString& key) const { return m_values.value(key); }
    bool contains(const QString& key) const { return m_values.contains(key); }
    void set(const QString& key, const QByteArray& data) { m_values.insert(key, data); }
    QStringList log() const { return m_log; }
    int writes() const { return m_writes; }

signals:
    // Emitted when a write lands (before its callback runs).
    void written(const QString& key);

private:
    QHash<QString, QByteArray> m_values;
    QStringList m_log;
    int m_delayMs = 0;
    int m_writes = 0;
    bool m_failing = false;
};

} // namespace limitless::test
