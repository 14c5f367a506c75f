#pragma once

#include "audit/auditlog.h"
#include "core/result.h"
#include "security/keyfile.h"
#include "security/keywrapper.h"
#include "security/securebytes.h"
#include "services/user.h"
#include "store/database.h"
#include "store/hybridlogicalclock.h"
#include "store/recordstore.h"

#include <QCoreApplication>

#include <memory>

namespace Nigran::Models {

class Clock;

/// An unlocked office store: the encrypted database, its key file, and the signed-in user.
///
/// The database key exists only while an Office object lives; destroying it (lock, quit) closes the
/// database and wipes the key. Every method checks the signed-in user's role first.
class Office
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::Office)

public:
    static QString databasePath(const QString &directory);
    static QString keyFilePath(const QString &directory);
    static bool exists(const QString &directory);

    /// Creates a new office: a random 32-byte key, the database, the key file and the first administrator.
    [[nodiscard]] static Result<std::unique_ptr<Office>> create(
        const QString &directory, const OfficeSetup &setup, const KdfParams &kdf, const Clock &clock);
    /// Unlocks with a password. Wrong passwords are counted in the key file and delayed (LoginThrottle).
    [[nodiscard]] static Result<std::unique_ptr<Office>> unlock(const QString &directory,
        const QString &login, const QString &password, const KdfParams &kdf, const Clock &clock);
    ~Office();
    Office(const Office &) = delete;
    Office &operator=(const Office &) = delete;

    /// Audits the lock; the caller then destroys the Office, which drops the key.
    void recordLock();

    const User &user() const { return m_user; }
    QString officeId() const { return m_officeId; }
    QString district() const { return m_district; }
    QString officeName() const { return m_officeName; }
    QString directory() const { return m_directory; }
    const Clock &clock() const { return m_clock; }

    Database &database() { return m_db; }
    AuditLog &audit() { return m_audit; }
    RecordStore &records() { return m_records; }
    HybridLogicalClock &logicalClock() { return m_hlc; }

    /// PermissionDenied unless the signed-in user's role allows the action.
    [[nodiscard]] Result<> require(Action action) const;

    /// The office's audit log, for administrators and auditors.
    [[nodiscard]] Result<QList<AuditEntry>> readAuditLog(qint64 fromSeq, int limit);
    /// Verifies the audit hash chain; the verification itself is audited.
    [[nodiscard]] Result<AuditVerification> verifyAuditChain();

    [[nodiscard]] Result<QList<User>> users();
    [[nodiscard]] Result<> addUser(const User &user, const QString &password);
    [[nodiscard]] Result<> changeOwnPassword(const QString &oldPassword, const QString &newPassword);
    [[nodiscard]] Result<> resetPassword(const QString &login, const QString &newPassword);
    [[nodiscard]] Result<> setUserActive(const QString &login, bool active);

private:
    Office(QString directory, KeyFile keyFile, SecureBytes key, Database db, const KdfParams &kdf,
        const Clock &clock);
    [[nodiscard]] Result<> loadIdentity();
    [[nodiscard]] Result<User> findUser(const QString &login);
    [[nodiscard]] Result<> insertUser(const User &user);
    [[nodiscard]] Result<> saveKeyFile();

    QString m_directory;
    KeyFile m_keyFile;
    SecureBytes m_key;
    Database m_db;
    KdfParams m_kdf;
    const Clock &m_clock;
    QString m_officeId;
    AuditLog m_audit;
    HybridLogicalClock m_hlc;
    RecordStore m_records;
    User m_user;
    QString m_district;
    QString m_officeName;
};

} // namespace Nigran::Models
