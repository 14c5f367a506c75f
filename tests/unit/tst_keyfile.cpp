#include "security/clock.h"
#include "security/keyfile.h"
#include "security/keywrapper.h"
#include "security/loginthrottle.h"
#include "security/securebytes.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Nigran::Models;
using namespace std::chrono_literals;

namespace {

const QString OfficeId = QStringLiteral("PK-PB-LHR-01");
const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");
const QString AlicePassword = QStringLiteral("correct horse battery staple");
const QString BobPassword = QStringLiteral("Bob's pässwörd ہے");

/// An edit to a key file's JSON, for tampering and malformed-file rows.
using JsonEdit = std::function<void(QJsonObject &root)>;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// Applies `edit` to the first user entry of a key file's JSON.
void editFirstUser(QJsonObject &root, const std::function<void(QJsonObject &user)> &edit)
{
    QJsonArray users = root.value(QLatin1String("users")).toArray();
    QJsonObject user = users.at(0).toObject();
    edit(user);
    users.replace(0, user);
    root.insert(QLatin1String("users"), users);
}

/// Flips one bit of a base64 field of the first user entry.
JsonEdit flipBit(const QString &field)
{
    return [field](QJsonObject &root) {
        editFirstUser(root, [&](QJsonObject &user) {
            QByteArray bytes = QByteArray::fromBase64(user.value(field).toString().toLatin1());
            bytes[0] = char(bytes[0] ^ 0x01);
            user.insert(field, QString::fromLatin1(bytes.toBase64()));
        });
    };
}

/// Sets one field of the first user entry (or of its kdf object when `inKdf`).
JsonEdit setUserField(const QString &field, const QJsonValue &value, bool inKdf = false)
{
    return [=](QJsonObject &root) {
        editFirstUser(root, [&](QJsonObject &user) {
            if (!inKdf) {
                user.insert(field, value);
                return;
            }
            QJsonObject kdf = user.value(QLatin1String("kdf")).toObject();
            kdf.insert(field, value);
            user.insert(QLatin1String("kdf"), kdf);
        });
    };
}

JsonEdit removeUserField(const QString &field)
{
    return [=](QJsonObject &root) { editFirstUser(root, [&](QJsonObject &user) { user.remove(field); }); };
}

JsonEdit setRootField(const QString &field, const QJsonValue &value)
{
    return [=](QJsonObject &root) { root.insert(field, value); };
}

} // namespace

/// Checks a Result and shows its error message when it failed.
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &verifyResult_ = (expr);                                                                  \
        QVERIFY2(verifyResult_, verifyResult_ ? "" : qPrintable(verifyResult_.error().message));             \
    } while (false)

class TestKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void kdfParamsBounds_data();
    void kdfParamsBounds();
    void calibrateMeasures();

    void wrapRoundTrip();
    void wrapBindsAssociatedData();
    void wrongLoginOrPassword_data();
    void wrongLoginOrPassword();
    void tamperedEntry_data();
    void tamperedEntry();
    void swappedEntries();

    void addUser();
    void duplicateLoginRefused();
    void shortPasswordRefused_data();
    void shortPasswordRefused();
    void changePassword();
    void changePasswordNeedsOldPassword();
    void adminReset();
    void removeUser();

    void saveLoadRoundTrip();
    void savedFileIsOwnerOnly();
    void saveToMissingFolderFails();
    void savedFileHoldsNoSecret();
    void malformedFile_data();
    void malformedFile();
    void unreadableFile();

    void throttleDelays_data();
    void throttleDelays();
    void throttledLogin();
    void throttleSurvivesRestart();

    void unwrappedKeyOpensDatabase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// A key file with alice and bob, both able to open m_dbKey.
    KeyFile twoUsers() const;
    /// The JSON of a saved two-user key file, to tamper with.
    QJsonObject savedJson() const;
    QString saveEdited(const JsonEdit &edit, const QString &name) const;

    QTemporaryDir m_dir;
    SecureBytes m_dbKey;
};

void TestKeyFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbKey = SecureBytes::random(Database::KeySize);
}

KeyFile TestKeyFile::twoUsers() const
{
    KeyFile keyFile = KeyFile::create(OfficeId);
    if (!keyFile.addUser(Alice, AlicePassword, m_dbKey, KdfParams::forTests())
        || !keyFile.addUser(Bob, BobPassword, m_dbKey, KdfParams::forTests()))
        qFatal("could not add the test users");
    return keyFile;
}

QJsonObject TestKeyFile::savedJson() const
{
    const QString file = path(QStringLiteral("template.key"));
    if (!twoUsers().save(file))
        qFatal("could not save the template key file");
    return QJsonDocument::fromJson(readAll(file)).object();
}

QString TestKeyFile::saveEdited(const JsonEdit &edit, const QString &name) const
{
    QJsonObject root = savedJson();
    edit(root);
    const QString file = path(name);
    if (!writeAll(file, QJsonDocument(root).toJson()))
        qFatal("could not write the edited key file");
    return file;
}

void TestKeyFile::kdfParamsBounds_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<bool>("valid");

    QTest::addRow("tests: 2^10") << (quint64(1) << 10) << 8u << 1u << true;
    QTest::addRow("floor: 2^14") << (quint64(1) << 14) << 8u << 1u << true;
    QTest::addRow("ceiling: 2^20") << (quint64(1) << 20) << 8u << 1u << true;
    QTest::addRow("n not a power of two") << quint64(1000) << 8u << 1u << false;
    QTest::addRow("n below 2^10") << (quint64(1) << 9) << 8u << 1u << false;
    QTest::addRow("n above 2^20") << (quint64(1) << 21) << 8u << 1u << false;
    QTest::addRow("n = 0") << quint64(0) << 8u << 1u << false;
    QTest::addRow("r = 0") << (quint64(1) << 14) << 0u << 1u << false;
    QTest::addRow("p = 0") << (quint64(1) << 14) << 8u << 0u << false;
    QTest::addRow("p huge") << (quint64(1) << 14) << 8u << 1000000u << false;
    QTest::addRow("more than 1 GiB") << (quint64(1) << 20) << 16u << 1u << false;
}

void TestKeyFile::kdfParamsBounds()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(bool, valid);

    const KdfParams params { n, r, p };
    QCOMPARE(params.isValid(), valid);
    if (!valid) {
        const auto wrapped = KeyWrapper::wrap(m_dbKey, AlicePassword, KeyWrapper::randomSalt(), params, {});
        QVERIFY(!wrapped);
        QCOMPARE(wrapped.error().code, ErrorCode::InvalidInput);
    }
}

void TestKeyFile::calibrateMeasures()
{
    QCOMPARE(KdfParams::calibrate(1), (KdfParams { KdfParams::CalibratedMinN, 8, 1 }));

    const int targetMs = 200;
    const KdfParams params = KdfParams::calibrate(targetMs);
    QVERIFY(params.isValid());
    QVERIFY(params.n >= KdfParams::CalibratedMinN && params.n <= KdfParams::MaxN);
    QCOMPARE(params.r, 8u);
    QCOMPARE(params.p, 1u);

    // The chosen cost takes about the target (loose bounds: the machine is shared).
    QElapsedTimer timer;
    timer.start();
    VERIFY_OK(KeyWrapper::wrap(m_dbKey, AlicePassword, KeyWrapper::randomSalt(), params, {}));
    const qint64 elapsedMs = timer.elapsed();
    if (params.n > KdfParams::CalibratedMinN)
        QVERIFY2(elapsedMs > targetMs / 4, qPrintable(QString::number(elapsedMs)));
    if (params.n < KdfParams::MaxN)
        QVERIFY2(elapsedMs < targetMs * 4, qPrintable(QString::number(elapsedMs)));
}

void TestKeyFile::wrapRoundTrip()
{
    const QByteArray aad("office and login");
    const auto wrapped
        = KeyWrapper::wrap(m_dbKey, AlicePassword, KeyWrapper::randomSalt(), KdfParams::forTests(), aad);
    VERIFY_OK(wrapped);
    QCOMPARE(wrapped->salt.size(), KeyWrapper::SaltSize);
    QCOMPARE(wrapped->nonce.size(), KeyWrapper::NonceSize);
    QCOMPARE(wrapped->tag.size(), KeyWrapper::TagSize);
    QCOMPARE(wrapped->ciphertext.size(), Database::KeySize);
    QVERIFY(wrapped->ciphertext != m_dbKey.view());

    const auto unwrapped = KeyWrapper::unwrap(*wrapped, AlicePassword, aad);
    VERIFY_OK(unwrapped);
    QVERIFY(*unwrapped == m_dbKey);

    // The same key, password and salt wrap differently each time (fresh nonce).
    const auto again = KeyWrapper::wrap(m_dbKey, AlicePassword, wrapped->salt, KdfParams::forTests(), aad);
    VERIFY_OK(again);
    QVERIFY(again->nonce != wrapped->nonce);
    QVERIFY(again->ciphertext != wrapped->ciphertext);
}

void TestKeyFile::wrapBindsAssociatedData()
{
    const auto wrapped = KeyWrapper::wrap(
        m_dbKey, AlicePassword, KeyWrapper::randomSalt(), KdfParams::forTests(), QByteArray("alice"));
    VERIFY_OK(wrapped);
    for (const QByteArray &aad : { QByteArray("bob"), QByteArray("alice "), QByteArray() }) {
        const auto unwrapped = KeyWrapper::unwrap(*wrapped, AlicePassword, aad);
        QVERIFY(!unwrapped);
        QCOMPARE(unwrapped.error().code, ErrorCode::WrongKey);
    }
}

void TestKeyFile::wrongLoginOrPassword_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");

    QTest::addRow("another user's password") << Alice << BobPassword;
    QTest::addRow("one character off") << Alice << AlicePassword.chopped(1);
    QTest::addRow("empty password") << Alice << QString();
    QTest::addRow("unknown login") << QStringLiteral("mallory") << AlicePassword;
    QTest::addRow("login in other case") << QStringLiteral("Alice") << AlicePassword;
    QTest::addRow("empty login") << QString() << AlicePassword;
}

void TestKeyFile::wrongLoginOrPassword()
{
    QFETCH(QString, login);
    QFETCH(QString, password);

    const KeyFile keyFile = twoUsers();
    const auto reference = keyFile.unwrap(Alice, QStringLiteral("definitely not it"));
    QVERIFY(!reference);

    const auto unwrapped = keyFile.unwrap(login, password);
    QVERIFY(!unwrapped);
    QCOMPARE(unwrapped.error().code, ErrorCode::WrongKey);
    // The same words whether the login exists or not: no user enumeration.
    QCOMPARE(unwrapped.error().message, reference.error().message);
    QVERIFY(!unwrapped.error().message.isEmpty());
}

void TestKeyFile::tamperedEntry_data()
{
    QTest::addColumn<JsonEdit>("edit");
    QTest::addColumn<QString>("login");

    QTest::addRow("salt") << flipBit(QStringLiteral("salt")) << Alice;
    QTest::addRow("nonce") << flipBit(QStringLiteral("nonce")) << Alice;
    QTest::addRow("ciphertext") << flipBit(QStringLiteral("ciphertext")) << Alice;
    QTest::addRow("tag") << flipBit(QStringLiteral("tag")) << Alice;
    QTest::addRow("kdf n") << setUserField(QStringLiteral("n"), 2048, true) << Alice;
    QTest::addRow("kdf r") << setUserField(QStringLiteral("r"), 4, true) << Alice;
    QTest::addRow("office id") << setRootField(QStringLiteral("officeId"), QStringLiteral("PK-SD-KHI-02"))
                               << Alice;
    QTest::addRow("login renamed") << setUserField(QStringLiteral("login"), QStringLiteral("carol"))
                                   << QStringLiteral("carol");
}

void TestKeyFile::tamperedEntry()
{
    QFETCH(JsonEdit, edit);
    QFETCH(QString, login);

    const auto keyFile = KeyFile::load(saveEdited(edit, QStringLiteral("tampered.key")));
    VERIFY_OK(keyFile);
    const auto unwrapped = keyFile->unwrap(login, AlicePassword);
    QVERIFY(!unwrapped);
    QCOMPARE(unwrapped.error().code, ErrorCode::WrongKey);
    // The untouched entry still opens (except when the office id, shared by all, changed).
    QCOMPARE(bool(keyFile->unwrap(Bob, BobPassword)), keyFile->officeId() == OfficeId);
}

void TestKeyFile::swappedEntries()
{
    // Give alice's entry bob's wrapped key and bob's entry alice's, keeping the login names.
    const QString file = saveEdited(
        [](QJsonObject &root) {
            QJsonArray users = root.value(QLatin1String("users")).toArray();
            QJsonObject first = users.at(0).toObject();
            QJsonObject second = users.at(1).toObject();
            const QJsonValue firstLogin = first.value(QLatin1String("login"));
            first.insert(QLatin1String("login"), second.value(QLatin1String("login")));
            second.insert(QLatin1String("login"), firstLogin);
            users.replace(0, second);
            users.replace(1, first);
            root.insert(QLatin1String("users"), users);
        },
        QStringLiteral("swapped.key"));

    const auto keyFile = KeyFile::load(file);
    VERIFY_OK(keyFile);
    QCOMPARE(keyFile->logins(), (QStringList { Alice, Bob }));
    for (const auto &[login, password] :
        { std::pair { Alice, AlicePassword }, std::pair { Alice, BobPassword },
            std::pair { Bob, BobPassword }, std::pair { Bob, AlicePassword } }) {
        const auto unwrapped = keyFile->unwrap(login, password);
        QVERIFY2(!unwrapped, qPrintable(login + QLatin1Char('/') + password));
        QCOMPARE(unwrapped.error().code, ErrorCode::WrongKey);
    }
}

void TestKeyFile::addUser()
{
    KeyFile keyFile = KeyFile::create(OfficeId);
    QCOMPARE(keyFile.officeId(), OfficeId);
    QVERIFY(keyFile.logins().isEmpty());
    QVERIFY(!keyFile.hasUser(Alice));

    VERIFY_OK(keyFile.addUser(Alice, AlicePassword, m_dbKey, KdfParams::forTests()));
    VERIFY_OK(keyFile.addUser(Bob, BobPassword, m_dbKey, KdfParams::forTests()));
    QCOMPARE(keyFile.logins(), (QStringList { Alice, Bob }));
    QVERIFY(keyFile.hasUser(Bob));
    for (const auto &[login, password] :
        { std::pair { Alice, AlicePassword }, std::pair { Bob, BobPassword } }) {
        const auto unwrapped = keyFile.unwrap(login, password);
        VERIFY_OK(unwrapped);
        QVERIFY(*unwrapped == m_dbKey);
    }

    const auto blank = keyFile.addUser(QStringLiteral("  "), AlicePassword, m_dbKey, KdfParams::forTests());
    QVERIFY(!blank);
    QVERIFY(blank.error().hasField(QStringLiteral("login")));

    const auto shortKey = keyFile.addUser(
        QStringLiteral("carol"), AlicePassword, SecureBytes::random(16), KdfParams::forTests());
    QVERIFY(!shortKey);
    QVERIFY(!keyFile.hasUser(QStringLiteral("carol")));
}

void TestKeyFile::duplicateLoginRefused()
{
    KeyFile keyFile = twoUsers();
    const SecureBytes otherKey = SecureBytes::random(Database::KeySize);
    const auto added
        = keyFile.addUser(Alice, QStringLiteral("an entirely new password"), otherKey, KdfParams::forTests());
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::InvalidInput);
    QVERIFY(added.error().hasField(QStringLiteral("login")));
    // The existing entry is untouched.
    const auto unwrapped = keyFile.unwrap(Alice, AlicePassword);
    VERIFY_OK(unwrapped);
    QVERIFY(*unwrapped == m_dbKey);
}

void TestKeyFile::shortPasswordRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");

    QTest::addRow("empty") << QString() << false;
    QTest::addRow("9 characters") << QStringLiteral("123456789") << false;
    QTest::addRow("10 characters") << QStringLiteral("1234567890") << true;
    QTest::addRow("10 Urdu characters") << QStringLiteral("پاسورڈپاسورڈ").left(10) << true;
}

void TestKeyFile::shortPasswordRefused()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);

    QCOMPARE(bool(KeyFile::checkPasswordPolicy(password)), accepted);

    KeyFile keyFile = twoUsers();
    const KdfParams params = KdfParams::forTests();
    const QString carol = QStringLiteral("carol");
    const Result<> results[] = {
        keyFile.addUser(carol, password, m_dbKey, params),
        keyFile.changePassword(Alice, AlicePassword, password, params),
        keyFile.resetPassword(Bob, password, m_dbKey, params),
    };
    for (const Result<> &result : results) {
        QCOMPARE(bool(result), accepted);
        if (!accepted) {
            QCOMPARE(result.error().code, ErrorCode::InvalidInput);
            QVERIFY(result.error().hasField(QStringLiteral("password")));
            QVERIFY(!result.error().fields.first().message.isEmpty());
        }
    }
    QCOMPARE(keyFile.hasUser(carol), accepted);
    QCOMPARE(bool(keyFile.unwrap(Alice, AlicePassword)), !accepted);
    QCOMPARE(bool(keyFile.unwrap(Bob, BobPassword)), !accepted);
}

void TestKeyFile::changePassword()
{
    KeyFile keyFile = twoUsers();
    const QString newPassword = QStringLiteral("a brand new passphrase");
    VERIFY_OK(keyFile.changePassword(Alice, AlicePassword, newPassword, KdfParams::forTests()));

    const auto withOld = keyFile.unwrap(Alice, AlicePassword);
    QVERIFY(!withOld);
    QCOMPARE(withOld.error().code, ErrorCode::WrongKey);
    const auto withNew = keyFile.unwrap(Alice, newPassword);
    VERIFY_OK(withNew);
    QVERIFY(*withNew == m_dbKey);
    VERIFY_OK(keyFile.unwrap(Bob, BobPassword));
}

void TestKeyFile::changePasswordNeedsOldPassword()
{
    KeyFile keyFile = twoUsers();
    for (const QString &login : { Alice, QStringLiteral("mallory") }) {
        const auto changed = keyFile.changePassword(login, QStringLiteral("not the old one"),
            QStringLiteral("a brand new passphrase"), KdfParams::forTests());
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, ErrorCode::WrongKey);
    }
    VERIFY_OK(keyFile.unwrap(Alice, AlicePassword));
    QCOMPARE(keyFile.logins(), (QStringList { Alice, Bob }));
}

void TestKeyFile::adminReset()
{
    KeyFile keyFile = twoUsers();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 7; ++i)
        keyFile.recordFailure(Bob, now);

    // The administrator (alice) opens the key with her own password and resets bob's.
    const auto adminKey = keyFile.unwrap(Alice, AlicePassword);
    VERIFY_OK(adminKey);
    const QString newPassword = QStringLiteral("temporary password 1");
    VERIFY_OK(keyFile.resetPassword(Bob, newPassword, *adminKey, KdfParams::forTests()));

    QVERIFY(!keyFile.unwrap(Bob, BobPassword));
    const auto unwrapped = keyFile.unwrap(Bob, newPassword);
    VERIFY_OK(unwrapped);
    QVERIFY(*unwrapped == m_dbKey);
    QCOMPARE(keyFile.throttleState(Bob).failedAttempts, 0);
    VERIFY_OK(LoginThrottle::checkAllowed(keyFile, Bob, Clock::system()));

    const auto unknown
        = keyFile.resetPassword(QStringLiteral("mallory"), newPassword, *adminKey, KdfParams::forTests());
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(!keyFile.hasUser(QStringLiteral("mallory")));
}

void TestKeyFile::removeUser()
{
    KeyFile keyFile = twoUsers();
    VERIFY_OK(keyFile.removeUser(Bob));
    QCOMPARE(keyFile.logins(), QStringList { Alice });
    QCOMPARE(keyFile.unwrap(Bob, BobPassword).error().code, ErrorCode::WrongKey);

    const auto unknown = keyFile.removeUser(Bob);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);

    // Removing the last user would leave nobody able to open the database.
    const auto last = keyFile.removeUser(Alice);
    QVERIFY(!last);
    QCOMPARE(last.error().code, ErrorCode::IllegalTransition);
    VERIFY_OK(keyFile.unwrap(Alice, AlicePassword));
}

void TestKeyFile::saveLoadRoundTrip()
{
    KeyFile original = twoUsers();
    const QDateTime failure(QDate(2024, 3, 1), QTime(9, 30, 15, 123), QTimeZone::utc());
    original.recordFailure(Bob, failure);
    const QString file = path(QStringLiteral("roundtrip.key"));
    VERIFY_OK(original.save(file));

    const auto loaded = KeyFile::load(file);
    VERIFY_OK(loaded);
    QCOMPARE(loaded->officeId(), OfficeId);
    QCOMPARE(loaded->logins(), (QStringList { Alice, Bob }));
    for (const auto &[login, password] :
        { std::pair { Alice, AlicePassword }, std::pair { Bob, BobPassword } }) {
        const auto unwrapped = loaded->unwrap(login, password);
        VERIFY_OK(unwrapped);
        QVERIFY(*unwrapped == m_dbKey);
    }
    QCOMPARE(loaded->throttleState(Alice).failedAttempts, 0);
    QVERIFY(!loaded->throttleState(Alice).lastFailureUtc.isValid());
    QCOMPARE(loaded->throttleState(Bob).failedAttempts, 1);
    QCOMPARE(loaded->throttleState(Bob).lastFailureUtc, failure);

    // Saving over an existing file replaces it.
    KeyFile changed = *loaded;
    VERIFY_OK(changed.removeUser(Bob));
    VERIFY_OK(changed.save(file));
    QCOMPARE(KeyFile::load(file)->logins(), QStringList { Alice });
}

void TestKeyFile::savedFileIsOwnerOnly()
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

    const QString fresh = path(QStringLiteral("fresh.key"));
    VERIFY_OK(twoUsers().save(fresh));
    QCOMPARE(QFile::permissions(fresh) & (ownerOnly | others | QFileDevice::ExeOwner), ownerOnly);

    // An existing file readable by others becomes owner-only too.
    const QString existing = path(QStringLiteral("existing.key"));
    QVERIFY(writeAll(existing, "{}"));
    QVERIFY(QFile::setPermissions(existing, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    VERIFY_OK(twoUsers().save(existing));
    QCOMPARE(QFile::permissions(existing) & (ownerOnly | others | QFileDevice::ExeOwner), ownerOnly);
}

void TestKeyFile::saveToMissingFolderFails()
{
    const QString file = path(QStringLiteral("no/such/folder/office.key"));
    const auto saved = twoUsers().save(file);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::Io);
    QVERIFY(saved.error().message.contains(file));
}

void TestKeyFile::savedFileHoldsNoSecret()
{
    const QString file = path(QStringLiteral("scan.key"));
    VERIFY_OK(twoUsers().save(file));
    const QByteArray bytes = readAll(file);
    QVERIFY(!bytes.isEmpty());

    const QByteArray rawKey = m_dbKey.view().toByteArray();
    const QList<std::pair<const char *, QByteArray>> secrets {
        { "raw key", rawKey },
        { "key in hex", rawKey.toHex() },
        { "key in upper-case hex", rawKey.toHex().toUpper() },
        { "key in base64", rawKey.toBase64() },
        { "key, first half", rawKey.first(16) },
        { "alice's password", AlicePassword.toUtf8() },
        { "bob's password", BobPassword.toUtf8() },
        { "alice's password in UTF-16",
            QByteArray(reinterpret_cast<const char *>(AlicePassword.utf16()), AlicePassword.size() * 2) },
    };
    for (const auto &[what, secret] : secrets)
        QVERIFY2(!bytes.contains(secret), what);
    // What is there in clear: the login names (and the KDF parameters).
    QVERIFY(bytes.contains(Alice.toUtf8()));
}

void TestKeyFile::malformedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions"); ///< what the message must name besides the file

    const auto edited = [this](const JsonEdit &edit) {
        QJsonObject root = savedJson();
        edit(root);
        return QJsonDocument(root).toJson();
    };
    const QByteArray valid = edited([](QJsonObject &) {});
    const ErrorCode corrupt = ErrorCode::Corrupt;

    QTest::addRow("empty file") << QByteArray() << corrupt << QStringLiteral("JSON");
    QTest::addRow("not JSON") << QByteArray("office=lahore\nkey=0011") << corrupt << QStringLiteral("JSON");
    QTest::addRow("truncated") << valid.left(valid.size() / 2) << corrupt << QStringLiteral("JSON");
    QTest::addRow("binary garbage") << SecureBytes::random(4096).view().toByteArray() << corrupt
                                    << QStringLiteral("JSON");
    QTest::addRow("NUL bytes") << QByteArray(64, '\0') << corrupt << QStringLiteral("JSON");
    QTest::addRow("too large") << QByteArray(2 * 1024 * 1024, ' ') + valid << corrupt << QString();
    QTest::addRow("JSON list") << QByteArray("[1, 2, 3]") << corrupt << QStringLiteral("object");
    QTest::addRow("other JSON") << QByteArray(R"({"hello": "world"})") << corrupt << QStringLiteral("format");
    QTest::addRow("wrong format name")
        << edited(setRootField(QStringLiteral("format"), QStringLiteral("kdbx"))) << corrupt
        << QStringLiteral("format");
    QTest::addRow("version 0") << edited(setRootField(QStringLiteral("version"), 0)) << corrupt
                               << QStringLiteral("version");
    QTest::addRow("version 1.5") << edited(setRootField(QStringLiteral("version"), 1.5)) << corrupt
                                 << QStringLiteral("version");
    QTest::addRow("version as text") << edited(setRootField(QStringLiteral("version"), QStringLiteral("1")))
                                     << corrupt << QStringLiteral("version");
    QTest::addRow("version from the future") << edited(setRootField(QStringLiteral("version"), 2))
                                             << ErrorCode::SchemaTooNew << QStringLiteral("2");
    QTest::addRow("no office id") << edited([](QJsonObject &root) { root.remove(QLatin1String("officeId")); })
                                  << corrupt << QStringLiteral("officeId");
    QTest::addRow("empty office id") << edited(setRootField(QStringLiteral("officeId"), QString())) << corrupt
                                     << QStringLiteral("officeId");
    QTest::addRow("no users") << edited([](QJsonObject &root) { root.remove(QLatin1String("users")); })
                              << corrupt << QStringLiteral("users");
    QTest::addRow("users not a list")
        << edited(setRootField(QStringLiteral("users"), 3)) << corrupt << QStringLiteral("users");
    QTest::addRow("user not an object") << edited(setRootField(QStringLiteral("users"), QJsonArray { 1 }))
                                        << corrupt << QStringLiteral("users[0]");
    QTest::addRow("no login") << edited(removeUserField(QStringLiteral("login"))) << corrupt
                              << QStringLiteral("users[0].login");
    QTest::addRow("empty login") << edited(setUserField(QStringLiteral("login"), QString())) << corrupt
                                 << QStringLiteral("users[0].login");
    QTest::addRow("duplicate login") << edited(setUserField(QStringLiteral("login"), Bob)) << corrupt
                                     << QStringLiteral("users[1]");
    QTest::addRow("no kdf") << edited(removeUserField(QStringLiteral("kdf"))) << corrupt
                            << QStringLiteral("users[0].kdf");
    QTest::addRow("unknown kdf") << edited(setUserField(QStringLiteral("algorithm"), QStringLiteral("md5"),
        true)) << corrupt << QStringLiteral("users[0].kdf.algorithm");
    QTest::addRow("n not a power of two")
        << edited(setUserField(QStringLiteral("n"), 1000, true)) << corrupt << QStringLiteral("users[0].kdf");
    QTest::addRow("n huge") << edited(setUserField(QStringLiteral("n"), double(quint64(1) << 40), true))
                            << corrupt << QStringLiteral("users[0].kdf.n");
    QTest::addRow("r zero") << edited(setUserField(QStringLiteral("r"), 0, true)) << corrupt
                            << QStringLiteral("users[0].kdf.r");
    QTest::addRow("p huge") << edited(setUserField(QStringLiteral("p"), 1e9, true)) << corrupt
                            << QStringLiteral("users[0].kdf");
    QTest::addRow("no salt") << edited(removeUserField(QStringLiteral("salt"))) << corrupt
                             << QStringLiteral("users[0].salt");
    QTest::addRow("salt not base64") << edited(
        setUserField(QStringLiteral("salt"), QStringLiteral("*not base64*")))
                                     << corrupt << QStringLiteral("users[0].salt");
    QTest::addRow("salt not text") << edited(setUserField(QStringLiteral("salt"), 12)) << corrupt
                                   << QStringLiteral("users[0].salt");
    QTest::addRow("salt too short") << edited(setUserField(QStringLiteral("salt"), QStringLiteral("AAAA")))
                                    << corrupt << QStringLiteral("users[0].salt");
    QTest::addRow("nonce not base64") << edited(setUserField(QStringLiteral("nonce"), QStringLiteral("ü€")))
                                      << corrupt << QStringLiteral("users[0].nonce");
    QTest::addRow("ciphertext too long") << edited(
        setUserField(QStringLiteral("ciphertext"), QString::fromLatin1(QByteArray(33, 'k').toBase64())))
                                         << corrupt << QStringLiteral("users[0].ciphertext");
    QTest::addRow("no tag") << edited(removeUserField(QStringLiteral("tag"))) << corrupt
                            << QStringLiteral("users[0].tag");
    QTest::addRow("negative failures") << edited(setUserField(QStringLiteral("failedAttempts"), -1))
                                       << corrupt << QStringLiteral("users[0].failedAttempts");
    QTest::addRow("bad failure time")
        << edited(setUserField(QStringLiteral("lastFailureUtc"), QStringLiteral("yesterday"))) << corrupt
        << QStringLiteral("users[0].lastFailureUtc");
}

void TestKeyFile::malformedFile()
{
    QFETCH(QByteArray, content);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);

    const QString file = path(QStringLiteral("malformed.key"));
    QVERIFY(writeAll(file, content));
    const auto loaded = KeyFile::load(file);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, code);
    QVERIFY2(loaded.error().message.contains(file), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(mentions), qPrintable(loaded.error().message));
}

void TestKeyFile::unreadableFile()
{
    const QString missing = path(QStringLiteral("missing.key"));
    const auto notThere = KeyFile::load(missing);
    QVERIFY(!notThere);
    QCOMPARE(notThere.error().code, ErrorCode::NotFound);
    QVERIFY(notThere.error().message.contains(missing));

    const auto folder = KeyFile::load(m_dir.path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().code, ErrorCode::Io);
    QVERIFY(folder.error().message.contains(m_dir.path()));

    // An endless device is read no further than the size limit.
    if (QFile::exists(QStringLiteral("/dev/zero"))) {
        const auto endless = KeyFile::load(QStringLiteral("/dev/zero"));
        QVERIFY(!endless);
        QCOMPARE(endless.error().code, ErrorCode::Corrupt);
    }
}

void TestKeyFile::throttleDelays_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");

    QTest::addRow("none") << 0 << 0;
    QTest::addRow("1st") << 1 << 0;
    QTest::addRow("4th") << 4 << 0;
    QTest::addRow("5th") << 5 << 2;
    QTest::addRow("6th") << 6 << 4;
    QTest::addRow("7th") << 7 << 8;
    QTest::addRow("8th") << 8 << 16;
    QTest::addRow("12th") << 12 << 256;
    QTest::addRow("13th: capped at 5 min") << 13 << 300;
    QTest::addRow("100th") << 100 << 300;
    QTest::addRow("INT_MAX") << std::numeric_limits<int>::max() << 300;
    QTest::addRow("negative") << -1 << 0;
}

void TestKeyFile::throttleDelays()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(LoginThrottle::delayAfter(failures), std::chrono::seconds(seconds));
}

void TestKeyFile::throttledLogin()
{
    KeyFile keyFile = twoUsers();
    ManualClock clock(QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc()));
    const auto waitFor = [&](const QString &login) -> int {
        const auto allowed = LoginThrottle::checkAllowed(keyFile, login, clock);
        if (allowed)
            return 0;
        if (allowed.error().code != ErrorCode::Throttled)
            return -1;
        // The message says how long to wait.
        for (int seconds = 1; seconds <= 300; ++seconds)
            if (allowed.error().message.contains(QStringLiteral(" %1 ").arg(seconds)))
                return seconds;
        return -2;
    };

    for (int failure = 1; failure <= 4; ++failure) {
        keyFile.recordFailure(Alice, clock.nowUtc());
        QCOMPARE(waitFor(Alice), 0);
    }
    keyFile.recordFailure(Alice, clock.nowUtc()); // the 5th
    QCOMPARE(waitFor(Alice), 2);
    QCOMPARE(waitFor(Bob), 0);
    clock.advance(1500ms);
    QCOMPARE(waitFor(Alice), 1);
    clock.advance(500ms);
    QCOMPARE(waitFor(Alice), 0);

    keyFile.recordFailure(Alice, clock.nowUtc()); // the 6th
    QCOMPARE(waitFor(Alice), 4);
    // A clock set back does not make the wait longer than the delay.
    clock.advance(-1h);
    QCOMPARE(waitFor(Alice), 4);
    clock.advance(1h + 4s);
    QCOMPARE(waitFor(Alice), 0);

    keyFile.recordSuccess(Alice);
    QCOMPARE(keyFile.throttleState(Alice).failedAttempts, 0);
    keyFile.recordFailure(Alice, clock.nowUtc());
    QCOMPARE(waitFor(Alice), 0);

    // Unknown logins take the same path and record nothing (a password typed as a login stays out).
    const QString typo = QStringLiteral("correct horse");
    for (int failure = 0; failure < 10; ++failure)
        keyFile.recordFailure(typo, clock.nowUtc());
    QCOMPARE(waitFor(typo), 0);
    QCOMPARE(keyFile.logins(), (QStringList { Alice, Bob }));
}

void TestKeyFile::throttleSurvivesRestart()
{
    KeyFile keyFile = twoUsers();
    ManualClock clock(QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc()));
    for (int failure = 0; failure < 7; ++failure)
        keyFile.recordFailure(Bob, clock.nowUtc());
    const QString file = path(QStringLiteral("throttle.key"));
    VERIFY_OK(keyFile.save(file));

    clock.advance(3s);
    const auto reloaded = KeyFile::load(file);
    VERIFY_OK(reloaded);
    const auto allowed = LoginThrottle::checkAllowed(*reloaded, Bob, clock);
    QVERIFY(!allowed);
    QCOMPARE(allowed.error().code, ErrorCode::Throttled);
    clock.advance(5s);
    VERIFY_OK(LoginThrottle::checkAllowed(*reloaded, Bob, clock));
}

void TestKeyFile::unwrappedKeyOpensDatabase()
{
    const QString dbPath = path(QStringLiteral("office.db"));
    {
        auto db = Database::open(dbPath, m_dbKey, { .create = true });
        VERIFY_OK(db);
        VERIFY_OK(
            db->exec("CREATE TABLE register (id INTEGER PRIMARY KEY); INSERT INTO register VALUES (42);"));
    }
    const QString file = path(QStringLiteral("office.key"));
    VERIFY_OK(twoUsers().save(file));

    const auto keyFile = KeyFile::load(file);
    VERIFY_OK(keyFile);
    const auto key = keyFile->unwrap(Bob, BobPassword);
    VERIFY_OK(key);
    auto db = Database::open(dbPath, *key, {});
    VERIFY_OK(db);
    const auto id = db->queryInt("SELECT id FROM register");
    VERIFY_OK(id);
    QCOMPARE(*id, 42);

    const auto wrong = Database::open(dbPath, SecureBytes::random(Database::KeySize), {});
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::WrongKey);
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
