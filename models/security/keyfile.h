#pragma once

#include "core/result.h"
#include "security/keywrapper.h"
#include "security/securebytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Nigran::Models {

/// The small JSON file beside the database that holds one copy of the database key per user, each
/// wrapped with that user's password (KeyWrapper), and each user's wrong-password count.
///
/// Only login names and KDF parameters are readable in it. Each entry is bound to its login and the
/// office id, so entries cannot be swapped between users or offices. Mutators change this object
/// only; the caller saves.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::KeyFile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr int MinPasswordLength = 10;

    /// Wrong passwords since the last successful login, for LoginThrottle.
    struct ThrottleState
    {
        int failedAttempts = 0;
        QDateTime lastFailureUtc; ///< invalid when there has been no failure
    };

    [[nodiscard]] static KeyFile create(QString officeId);
    /// Reads a key file; fails with a message naming the file and what is wrong with it.
    [[nodiscard]] static Result<KeyFile> load(const QString &path);
    /// Writes atomically (QSaveFile), readable by the owner only.
    [[nodiscard]] Result<> save(const QString &path) const;

    QString officeId() const { return m_officeId; }
    QStringList logins() const { return m_users.keys(); }
    bool hasUser(const QString &login) const { return m_users.contains(login); }

    /// Adds a user whose password opens `dbKey`. Refuses an existing login and a weak password.
    [[nodiscard]] Result<> addUser(
        const QString &login, const QString &password, const SecureBytes &dbKey, KdfParams params);
    /// The database key. A wrong password and an unknown login fail alike, with ErrorCode::WrongKey,
    /// the same message and the same cost.
    [[nodiscard]] Result<SecureBytes> unwrap(const QString &login, const QString &password) const;
    /// Rewraps the user's key under a new password; the old password must open it.
    [[nodiscard]] Result<> changePassword(
        const QString &login, const QString &oldPassword, const QString &newPassword, KdfParams params);
    /// An administrator's reset: `dbKey` comes from the administrator's own entry. Clears the user's
    /// wrong-password count.
    [[nodiscard]] Result<> resetPassword(
        const QString &login, const QString &newPassword, const SecureBytes &dbKey, KdfParams params);
    /// Removes a user; refuses to remove the last one, which would leave the database unopenable.
    [[nodiscard]] Result<> removeUser(const QString &login);

    /// The user's wrong-password state; an unknown login has none.
    ThrottleState throttleState(const QString &login) const { return m_users.value(login).throttle; }
    /// Counts a wrong password. Nothing is recorded for an unknown login, so that a password typed
    /// into the login field never reaches the file.
    void recordFailure(const QString &login, const QDateTime &whenUtc);
    void recordSuccess(const QString &login);

    /// At least MinPasswordLength characters, else InvalidInput with a FieldError for "password".
    [[nodiscard]] static Result<> checkPasswordPolicy(const QString &password);

private:
    struct Entry
    {
        WrappedKey key;
        ThrottleState throttle;
    };

    explicit KeyFile(QString officeId);

    [[nodiscard]] static Result<KeyFile> fromJson(const QByteArray &json, const QString &fileName);
    QByteArray toJson() const;
    /// Binds an entry to its login and this office (AES-GCM associated data).
    QByteArray associatedData(const QString &login) const;
    [[nodiscard]] Result<WrappedKey> wrapFor(
        const QString &login, const QString &password, const SecureBytes &dbKey, KdfParams params) const;

    QString m_officeId;
    QMap<QString, Entry> m_users;
};

} // namespace Nigran::Models
