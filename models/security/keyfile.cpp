#include "security/keyfile.h"

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace Nigran::Models {

namespace {

constexpr qint64 MaxFileSize = 1024 * 1024;
const QLatin1String FormatName("nigran-keyfile");
const QLatin1String Scrypt("scrypt");

namespace Key {
const QLatin1String format("format");
const QLatin1String version("version");
const QLatin1String officeId("officeId");
const QLatin1String users("users");
const QLatin1String login("login");
const QLatin1String kdf("kdf");
const QLatin1String algorithm("algorithm");
const QLatin1String n("n");
const QLatin1String r("r");
const QLatin1String p("p");
const QLatin1String salt("salt");
const QLatin1String nonce("nonce");
const QLatin1String ciphertext("ciphertext");
const QLatin1String tag("tag");
const QLatin1String failedAttempts("failedAttempts");
const QLatin1String lastFailureUtc("lastFailureUtc");
} // namespace Key

const char *const MustBeText = QT_TRANSLATE_NOOP("Nigran::Models::KeyFile", "the field %1 must be text");
const char *const MustBeObject
    = QT_TRANSLATE_NOOP("Nigran::Models::KeyFile", "the field %1 must be an object");
const char *const MustBeList = QT_TRANSLATE_NOOP("Nigran::Models::KeyFile", "the field %1 must be a list");
const char *const MustBeNumber
    = QT_TRANSLATE_NOOP("Nigran::Models::KeyFile", "the field %1 must be a number");

/// A JSON object and where it is in the file ("users[2].kdf"), for messages.
struct Node
{
    QJsonObject object;
    QString path;

    QString pathOf(QLatin1String key) const
    {
        return path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
    }
};

/// Reads typed fields from the key file and keeps the first problem, so that parsing reads straight
/// through and is checked once. A field with a problem reads as an empty or minimal value.
class Reader
{
public:
    bool isOk() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    void report(const QString &problem)
    {
        if (isOk())
            m_problem = problem;
    }

    QString text(const Node &node, QLatin1String key)
    {
        return field(node, key, QJsonValue::String, MustBeText).toString();
    }

    QString nonEmptyText(const Node &node, QLatin1String key)
    {
        const QString value = text(node, key);
        if (value.trimmed().isEmpty())
            report(KeyFile::tr("the field %1 is empty").arg(node.pathOf(key)));
        return value;
    }

    qint64 integer(const Node &node, QLatin1String key, qint64 min, qint64 max)
    {
        const double value = field(node, key, QJsonValue::Double, MustBeNumber).toDouble();
        const bool inRange = value >= double(min) && value <= double(max) && std::trunc(value) == value;
        if (!inRange)
            report(KeyFile::tr("the field %1 must be a whole number from %2 to %3")
                       .arg(node.pathOf(key), QString::number(min), QString::number(max)));
        return inRange ? qint64(value) : min;
    }

    QByteArray bytes(const Node &node, QLatin1String key, qsizetype size)
    {
        const QString base64 = text(node, key);
        const auto decoded
            = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != size)
            report(KeyFile::tr("the field %1 must be %2 bytes in base64")
                       .arg(node.pathOf(key), QString::number(size)));
        return decoded.decoded;
    }

    /// A UTC time in ISO 8601, or null for none.
    QDateTime time(const Node &node, QLatin1String key)
    {
        if (node.object.value(key).isNull())
            return {};
        const QDateTime value = QDateTime::fromString(text(node, key), Qt::ISODateWithMs);
        if (!value.isValid())
            report(KeyFile::tr("the field %1 must be a time in ISO 8601 or null").arg(node.pathOf(key)));
        return value.toUTC();
    }

    Node object(const Node &node, QLatin1String key)
    {
        return { field(node, key, QJsonValue::Object, MustBeObject).toObject(), node.pathOf(key) };
    }

    QJsonArray list(const Node &node, QLatin1String key)
    {
        return field(node, key, QJsonValue::Array, MustBeList).toArray();
    }

    Node element(const QJsonArray &list, qsizetype index, const QString &listPath)
    {
        const QString path = QStringLiteral("%1[%2]").arg(listPath).arg(index);
        if (!list.at(index).isObject())
            report(KeyFile::tr(MustBeObject).arg(path));
        return { list.at(index).toObject(), path };
    }

private:
    QJsonValue field(const Node &node, QLatin1String key, QJsonValue::Type type, const char *wrongType)
    {
        const QJsonValue value = node.object.value(key);
        if (value.isUndefined())
            report(KeyFile::tr("the field %1 is missing").arg(node.pathOf(key)));
        else if (value.type() != type)
            report(KeyFile::tr(wrongType).arg(node.pathOf(key)));
        return value;
    }

    QString m_problem;
};

QJsonValue base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

Error noSuchUser()
{
    return { ErrorCode::NotFound, KeyFile::tr("There is no user with this login name."), {} };
}

} // namespace

KeyFile::KeyFile(QString officeId)
    : m_officeId(std::move(officeId))
{ }

KeyFile KeyFile::create(QString officeId)
{
    return KeyFile(std::move(officeId));
}

Result<KeyFile> KeyFile::load(const QString &path)
{
    const QString fileName = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, tr("The key file %1 does not exist.").arg(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io, tr("The key file %1 could not be read: %2").arg(fileName, file.errorString()));
    return fromJson(file.read(MaxFileSize + 1), fileName);
}

Result<KeyFile> KeyFile::fromJson(const QByteArray &json, const QString &fileName)
{
    const auto damaged = [&](const QString &problem) {
        return fail(ErrorCode::Corrupt,
            tr("The key file %1 is damaged or is not a Nigran key file: %2.").arg(fileName, problem));
    };
    if (json.size() > MaxFileSize)
        return damaged(tr("it is larger than %1 bytes").arg(MaxFileSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(tr("it is not valid JSON (%1 at byte %2)")
                           .arg(parseError.errorString(), QString::number(parseError.offset)));
    if (!document.isObject())
        return damaged(tr("it is not a JSON object"));

    Reader in;
    const Node root { document.object(), {} };
    if (in.text(root, Key::format) != FormatName)
        in.report(tr("the field %1 is not \"%2\"").arg(Key::format, FormatName));
    const qint64 version = in.integer(root, Key::version, 1, std::numeric_limits<int>::max());
    if (!in.isOk())
        return damaged(in.problem());
    if (version > FormatVersion)
        return fail(ErrorCode::SchemaTooNew,
            tr("The key file %1 was written by a newer version of Nigran (format %2; this version "
               "reads format %3).")
                .arg(fileName, QString::number(version), QString::number(FormatVersion)));

    KeyFile keyFile(in.nonEmptyText(root, Key::officeId));
    const QJsonArray users = in.list(root, Key::users);
    for (qsizetype i = 0; i < users.size() && in.isOk(); ++i) {
        const Node user = in.element(users, i, root.pathOf(Key::users));
        const QString login = in.nonEmptyText(user, Key::login);
        const Node kdf = in.object(user, Key::kdf);
        if (in.text(kdf, Key::algorithm) != Scrypt)
            in.report(tr("the field %1 is not \"%2\"").arg(kdf.pathOf(Key::algorithm), Scrypt));
        Entry entry;
        entry.key.kdf = { quint64(in.integer(kdf, Key::n, 1, KdfParams::MaxN)),
            quint32(in.integer(kdf, Key::r, 1, std::numeric_limits<quint32>::max())),
            quint32(in.integer(kdf, Key::p, 1, std::numeric_limits<quint32>::max())) };
        if (!entry.key.kdf.isValid())
            in.report(tr("the cost in %1 is out of range").arg(kdf.path));
        entry.key.salt = in.bytes(user, Key::salt, KeyWrapper::SaltSize);
        entry.key.nonce = in.bytes(user, Key::nonce, KeyWrapper::NonceSize);
        entry.key.ciphertext = in.bytes(user, Key::ciphertext, Database::KeySize);
        entry.key.tag = in.bytes(user, Key::tag, KeyWrapper::TagSize);
        entry.throttle.failedAttempts
            = int(in.integer(user, Key::failedAttempts, 0, std::numeric_limits<int>::max()));
        entry.throttle.lastFailureUtc = in.time(user, Key::lastFailureUtc);
        if (keyFile.hasUser(login))
            in.report(tr("%1 repeats the login name of an earlier entry").arg(user.path));
        keyFile.m_users.insert(login, std::move(entry));
    }
    if (!in.isOk())
        return damaged(in.problem());
    return keyFile;
}

QByteArray KeyFile::toJson() const
{
    QJsonArray users;
    for (auto user = m_users.cbegin(); user != m_users.cend(); ++user) {
        const WrappedKey &key = user->key;
        const QDateTime &lastFailure = user->throttle.lastFailureUtc;
        users.append(QJsonObject {
            { Key::login, user.key() },
            { Key::kdf,
                QJsonObject { { Key::algorithm, Scrypt }, { Key::n, qint64(key.kdf.n) },
                    { Key::r, qint64(key.kdf.r) }, { Key::p, qint64(key.kdf.p) } } },
            { Key::salt, base64(key.salt) },
            { Key::nonce, base64(key.nonce) },
            { Key::ciphertext, base64(key.ciphertext) },
            { Key::tag, base64(key.tag) },
            { Key::failedAttempts, user->throttle.failedAttempts },
            { Key::lastFailureUtc,
                lastFailure.isValid() ? QJsonValue(lastFailure.toUTC().toString(Qt::ISODateWithMs))
                                      : QJsonValue(QJsonValue::Null) },
        });
    }
    const QJsonObject root { { Key::format, FormatName }, { Key::version, FormatVersion },
        { Key::officeId, m_officeId }, { Key::users, users } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<> KeyFile::save(const QString &path) const
{
    const QByteArray json = toJson();
    QSaveFile file(path);
    const bool saved = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(json) == json.size() && file.commit();
    if (!saved)
        return fail(ErrorCode::Io,
            tr("The key file %1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QByteArray KeyFile::associatedData(const QString &login) const
{
    // A JSON array, so that office id and login cannot run into each other.
    return QJsonDocument(QJsonArray { FormatName, m_officeId, login }).toJson(QJsonDocument::Compact);
}

Result<WrappedKey> KeyFile::wrapFor(
    const QString &login, const QString &password, const SecureBytes &dbKey, KdfParams params) const
{
    NIGRAN_TRY(checkPasswordPolicy(password));
    if (dbKey.size() != Database::KeySize)
        return fail(ErrorCode::WrongKey, tr("The database key must be %1 bytes.").arg(Database::KeySize));
    return KeyWrapper::wrap(dbKey, password, KeyWrapper::randomSalt(), params, associatedData(login));
}

Result<> KeyFile::addUser(
    const QString &login, const QString &password, const SecureBytes &dbKey, KdfParams params)
{
    const QString field = QStringLiteral("login");
    if (login.trimmed().isEmpty())
        return fail(Error::invalid({ { field, tr("Enter a login name.") } }));
    if (hasUser(login))
        return fail(Error::invalid({ { field, tr("This login name is already taken.") } }));
    return wrapFor(login, password, dbKey, params).map([&](WrappedKey &&key) {
        m_users.insert(login, Entry { std::move(key), {} });
    });
}

Result<SecureBytes> KeyFile::unwrap(const QString &login, const QString &password) const
{
    // An unknown login tries a decoy entry: it fails like a wrong password, with the same message, and
    // takes as long.
    const auto found = m_users.constFind(login);
    const WrappedKey key = found != m_users.cend()
        ? found->key
        : KeyWrapper::decoy(m_users.isEmpty() ? KdfParams() : m_users.first().key.kdf, Database::KeySize);
    auto dbKey = KeyWrapper::unwrap(key, password, associatedData(login));
    if (!dbKey && dbKey.error().code == ErrorCode::WrongKey)
        return fail(ErrorCode::WrongKey, tr("The login name or the password is wrong."));
    return dbKey;
}

Result<> KeyFile::changePassword(
    const QString &login, const QString &oldPassword, const QString &newPassword, KdfParams params)
{
    return unwrap(login, oldPassword)
        .and_then([&](const SecureBytes &dbKey) { return wrapFor(login, newPassword, dbKey, params); })
        .map([&](WrappedKey &&key) { m_users[login].key = std::move(key); });
}

Result<> KeyFile::resetPassword(
    const QString &login, const QString &newPassword, const SecureBytes &dbKey, KdfParams params)
{
    if (!hasUser(login))
        return fail(noSuchUser());
    return wrapFor(login, newPassword, dbKey, params).map([&](WrappedKey &&key) {
        m_users[login] = Entry { std::move(key), {} };
    });
}

Result<> KeyFile::removeUser(const QString &login)
{
    if (!hasUser(login))
        return fail(noSuchUser());
    if (m_users.size() == 1)
        return fail(ErrorCode::IllegalTransition,
            tr("The last user cannot be removed: nobody could open the database any more."));
    m_users.remove(login);
    return {};
}

void KeyFile::recordFailure(const QString &login, const QDateTime &whenUtc)
{
    const auto found = m_users.find(login);
    if (found == m_users.end())
        return;
    if (found->throttle.failedAttempts < std::numeric_limits<int>::max())
        ++found->throttle.failedAttempts;
    found->throttle.lastFailureUtc = whenUtc.toUTC();
}

void KeyFile::recordSuccess(const QString &login)
{
    if (const auto found = m_users.find(login); found != m_users.end())
        found->throttle = {};
}

Result<> KeyFile::checkPasswordPolicy(const QString &password)
{
    if (password.size() >= MinPasswordLength)
        return {};
    return fail(Error::invalid({ { QStringLiteral("password"),
        tr("The password must have at least %n character(s).", nullptr, MinPasswordLength) } }));
}

} // namespace Nigran::Models
