#include "services/office.h"

#include "domain/districtlist.h"
#include "security/clock.h"
#include "security/loginthrottle.h"
#include "services/accesspolicy.h"
#include "store/meta.h"
#include "store/migrator.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Nigran::Models {

namespace {

const QString systemActor = QStringLiteral("system");

std::optional<FieldError> loginProblem(const QString &login, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    if (pattern.match(login).hasMatch())
        return std::nullopt;
    return FieldError { field,
        Office::tr("Login: 3 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter.") };
}

QList<FieldError> validateSetup(const OfficeSetup &setup)
{
    QList<FieldError> problems;
    if (!DistrictList::builtIn().find(setup.district))
        problems << FieldError { QStringLiteral("district"),
            Office::tr("District: choose a district from the list.") };
    if (setup.officeName.trimmed().isEmpty())
        problems << FieldError { QStringLiteral("officeName"),
            Office::tr("Office name: please enter a name.") };
    if (auto problem = loginProblem(setup.adminLogin, QStringLiteral("adminLogin")))
        problems << *problem;
    if (setup.adminDisplayName.trimmed().isEmpty())
        problems << FieldError { QStringLiteral("adminDisplayName"),
            Office::tr("Administrator's name: please enter a name.") };
    return problems;
}

} // namespace

QString Office::databasePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("office.nigran"));
}

QString Office::keyFilePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("office.keys"));
}

bool Office::exists(const QString &directory)
{
    return QFile::exists(databasePath(directory)) || QFile::exists(keyFilePath(directory));
}

Office::Office(QString directory, KeyFile keyFile, SecureBytes key, Database db, const KdfParams &kdf,
    const Clock &clock)
    : m_directory(std::move(directory))
    , m_keyFile(std::move(keyFile))
    , m_key(std::move(key))
    , m_db(std::move(db))
    , m_kdf(kdf)
    , m_clock(clock)
    , m_officeId(m_keyFile.officeId())
    , m_audit(m_db, clock)
    , m_hlc(clock)
    , m_records(m_db, m_audit, m_hlc, m_officeId)
{ }

Office::~Office() = default;

Result<std::unique_ptr<Office>> Office::create(
    const QString &directory, const OfficeSetup &setup, const KdfParams &kdf, const Clock &clock)
{
    if (exists(directory))
        return fail(ErrorCode::InvalidInput, tr("An office already exists in %1.").arg(directory));
    if (auto problems = validateSetup(setup); !problems.isEmpty())
        return fail(Error::invalid(std::move(problems)));
    if (!QDir().mkpath(directory))
        return fail(ErrorCode::Io, tr("The folder %1 could not be created.").arg(directory));

    SecureBytes key = SecureBytes::random(Database::KeySize);
    KeyFile keyFile = KeyFile::create(RecordStore::newId());
    NIGRAN_TRY(keyFile.addUser(setup.adminLogin, setup.adminPassword, key, kdf));

    auto db = Database::open(databasePath(directory), key, { .create = true });
    if (!db)
        return tl::unexpected(db.error());
    NIGRAN_TRY(Migrator::migrate(*db));
    std::unique_ptr<Office> office(
        new Office(directory, std::move(keyFile), std::move(key), std::move(*db), kdf, clock));
    const User admin { setup.adminLogin, setup.adminDisplayName.trimmed(), Role::OfficeAdministrator, true };
    auto written = [&]() -> Result<> {
        auto tx = Transaction::begin(office->m_db);
        if (!tx)
            return tl::unexpected(tx.error());
        NIGRAN_TRY(Meta::set(office->m_db, QStringLiteral("office.id"), office->m_officeId));
        NIGRAN_TRY(Meta::set(office->m_db, QStringLiteral("office.district"), setup.district));
        NIGRAN_TRY(Meta::set(office->m_db, QStringLiteral("office.name"), setup.officeName.trimmed()));
        NIGRAN_TRY(office->insertUser(admin));
        NIGRAN_TRY(office->m_audit.append(admin.login, QStringLiteral("create-office"),
            QStringLiteral("office"), office->m_officeId, setup.district));
        return tx->commit();
    }();
    if (written)
        written = office->saveKeyFile();
    if (!written) {
        office.reset();
        QFile::remove(databasePath(directory));
        QFile::remove(keyFilePath(directory));
        return tl::unexpected(written.error());
    }
    NIGRAN_TRY(office->loadIdentity());
    office->m_user = admin;
    return office;
}

Result<std::unique_ptr<Office>> Office::unlock(const QString &directory, const QString &login,
    const QString &password, const KdfParams &kdf, const Clock &clock)
{
    auto keyFile = KeyFile::load(keyFilePath(directory));
    if (!keyFile)
        return tl::unexpected(keyFile.error());
    NIGRAN_TRY(LoginThrottle::checkAllowed(*keyFile, login, clock));
    auto key = keyFile->unwrap(login, password);
    if (!key) {
        keyFile->recordFailure(login, clock.nowUtc());
        (void)keyFile->save(keyFilePath(directory));
        return tl::unexpected(key.error());
    }
    const int failures = keyFile->throttleState(login).failedAttempts;
    auto db = Database::open(databasePath(directory), *key, {});
    if (!db)
        return tl::unexpected(db.error());
    NIGRAN_TRY(Migrator::migrate(*db));
    std::unique_ptr<Office> office(
        new Office(directory, std::move(*keyFile), std::move(*key), std::move(*db), kdf, clock));
    NIGRAN_TRY(office->loadIdentity());
    auto user = office->findUser(login);
    if (!user || !user->active)
        return fail(
            ErrorCode::PermissionDenied, tr("This account is disabled. Ask the office administrator."));
    office->m_user = *user;
    if (failures > 0)
        NIGRAN_TRY(office->m_audit.append(login, QStringLiteral("login-failed"), QStringLiteral("session"),
            login, tr("%n wrong password(s) before this login", nullptr, failures)));
    NIGRAN_TRY(office->m_audit.append(login, QStringLiteral("login"), QStringLiteral("session"), login));
    if (failures > 0) {
        office->m_keyFile.recordSuccess(login);
        NIGRAN_TRY(office->saveKeyFile());
    }
    return office;
}

void Office::recordLock()
{
    (void)m_audit.append(m_user.login, QStringLiteral("lock"), QStringLiteral("session"), m_user.login);
}

Result<> Office::loadIdentity()
{
    auto id = Meta::get(m_db, QStringLiteral("office.id"));
    auto district = Meta::get(m_db, QStringLiteral("office.district"));
    auto name = Meta::get(m_db, QStringLiteral("office.name"));
    auto hlc = Meta::get(m_db, QStringLiteral("hlc"));
    for (const auto *value : { &id, &district, &name, &hlc })
        if (!*value)
            return tl::unexpected(value->error());
    if (*id != m_officeId)
        return fail(ErrorCode::Corrupt, tr("The key file belongs to another office than the database."));
    m_district = *district;
    m_officeName = *name;
    m_hlc.observe(hlc->toLongLong());
    return {};
}

Result<> Office::require(Action action) const
{
    return AccessPolicy::require(m_user.role, action);
}

Result<QList<AuditEntry>> Office::readAuditLog(qint64 fromSeq, int limit)
{
    NIGRAN_TRY(require(Action::ViewAuditLog));
    auto entries = m_audit.entries(fromSeq, limit);
    if (!entries)
        return entries;
    NIGRAN_TRY(m_audit.append(m_user.login, QStringLiteral("view"), QStringLiteral("audit_log"),
        QString::number(fromSeq), QString::number(entries->size())));
    return entries;
}

Result<AuditVerification> Office::verifyAuditChain()
{
    NIGRAN_TRY(require(Action::VerifyAuditChain));
    auto verification = m_audit.verify();
    if (!verification)
        return verification;
    NIGRAN_TRY(m_audit.append(m_user.login, QStringLiteral("verify-audit"), QStringLiteral("audit_log"),
        QString::number(verification->entriesChecked),
        verification->intact ? QStringLiteral("intact")
                             : QStringLiteral("broken at %1").arg(verification->firstBadSeq)));
    return verification;
}

Result<User> Office::findUser(const QString &login)
{
    auto stmt = m_db.prepare("SELECT login, display_name, role, active FROM users WHERE login = ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bindAll(login);
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no user with that login."));
    return User { stmt->text(0), stmt->text(1), RoleNames::fromKey(stmt->text(2)).value_or(Role::Prosecutor),
        stmt->int64(3) != 0 };
}

Result<QList<User>> Office::users()
{
    NIGRAN_TRY(require(Action::ManageUsers));
    auto stmt = m_db.prepare("SELECT login FROM users ORDER BY login");
    if (!stmt)
        return tl::unexpected(stmt.error());
    QStringList logins;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        logins << stmt->text(0);
    }
    QList<User> all;
    for (const QString &login : logins) {
        auto user = findUser(login);
        if (!user)
            return tl::unexpected(user.error());
        all << *user;
    }
    return all;
}

Result<> Office::insertUser(const User &user)
{
    auto stmt = m_db.prepare(
        "INSERT INTO users(login, display_name, role, active, created_at) VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return tl::unexpected(stmt.error());
    return stmt
        ->bindAll(user.login, user.displayName, RoleNames::key(user.role), user.active,
            m_clock.nowUtc().toString(Qt::ISODate))
        .run();
}

Result<> Office::saveKeyFile()
{
    return m_keyFile.save(keyFilePath(m_directory));
}

Result<> Office::addUser(const User &user, const QString &password)
{
    NIGRAN_TRY(require(Action::ManageUsers));
    QList<FieldError> problems;
    if (auto problem = loginProblem(user.login, QStringLiteral("login")))
        problems << *problem;
    if (user.displayName.trimmed().isEmpty())
        problems << FieldError { QStringLiteral("displayName"), tr("Name: please enter the user's name.") };
    if (!problems.isEmpty())
        return fail(Error::invalid(problems));
    if (m_keyFile.hasUser(user.login))
        return fail(
            Error::invalid({ { QStringLiteral("login"), tr("Login: this login is already taken.") } }));

    KeyFile updated = m_keyFile;
    NIGRAN_TRY(updated.addUser(user.login, password, m_key, m_kdf));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tl::unexpected(tx.error());
    NIGRAN_TRY(insertUser(user));
    NIGRAN_TRY(m_audit.append(m_user.login, QStringLiteral("add-user"), QStringLiteral("users"), user.login,
        RoleNames::key(user.role)));
    // The key file is written last, inside the transaction: if it cannot be saved, nothing changes.
    NIGRAN_TRY(updated.save(keyFilePath(m_directory)));
    m_keyFile = std::move(updated);
    return tx->commit();
}

Result<> Office::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    KeyFile updated = m_keyFile;
    NIGRAN_TRY(updated.changePassword(m_user.login, oldPassword, newPassword, m_kdf));
    NIGRAN_TRY(updated.save(keyFilePath(m_directory)));
    m_keyFile = std::move(updated);
    return m_audit
        .append(m_user.login, QStringLiteral("change-password"), QStringLiteral("users"), m_user.login)
        .map([](const AuditEntry &) {});
}

Result<> Office::resetPassword(const QString &login, const QString &newPassword)
{
    NIGRAN_TRY(require(Action::ResetPassword));
    KeyFile updated = m_keyFile;
    NIGRAN_TRY(updated.resetPassword(login, newPassword, m_key, m_kdf));
    NIGRAN_TRY(updated.save(keyFilePath(m_directory)));
    m_keyFile = std::move(updated);
    return m_audit.append(m_user.login, QStringLiteral("reset-password"), QStringLiteral("users"), login)
        .map([](const AuditEntry &) {});
}

Result<> Office::setUserActive(const QString &login, bool active)
{
    NIGRAN_TRY(require(Action::ManageUsers));
    if (login == m_user.login)
        return fail(ErrorCode::InvalidInput, tr("You cannot disable your own account."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tl::unexpected(tx.error());
    auto stmt = m_db.prepare("UPDATE users SET active = ? WHERE login = ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    NIGRAN_TRY(stmt->bindAll(active, login).run());
    if (m_db.changes() == 0)
        return fail(ErrorCode::NotFound, tr("There is no user with that login."));
    NIGRAN_TRY(
        m_audit.append(m_user.login, active ? QStringLiteral("enable-user") : QStringLiteral("disable-user"),
            QStringLiteral("users"), login));
    return tx->commit();
}

} // namespace Nigran::Models
