#include "core/appsettings.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>

#include <optional>

namespace Nigran::Models {

namespace {

/// One setting: its key in the file, its machine name for FieldError, and how it is checked.
struct Setting
{
    const char *key;
    const char *field;
    std::optional<QString> (*check)(const QString &text); ///< the problem, or nothing when valid
};

std::optional<QString> checkLanguage(const QString &text)
{
    if (AppSettings::languages().contains(text))
        return std::nullopt;
    return AppSettings::tr("Language: must be \"en\" (English) or \"ur\" (Urdu).");
}

std::optional<int> parseMinutes(const QString &text)
{
    bool ok = false;
    const int minutes = text.trimmed().toInt(&ok);
    if (!ok || minutes < AppSettings::MinIdleLockMinutes || minutes > AppSettings::MaxIdleLockMinutes)
        return std::nullopt;
    return minutes;
}

std::optional<QString> checkMinutes(const QString &text)
{
    if (parseMinutes(text))
        return std::nullopt;
    return AppSettings::tr("Idle lock: must be a whole number of minutes from %1 to %2.")
        .arg(AppSettings::MinIdleLockMinutes)
        .arg(AppSettings::MaxIdleLockMinutes);
}

std::optional<QString> checkLogin(const QString &text)
{
    // The rule Office applies to logins: a login name, which cannot be a display name.
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    if (text.isEmpty() || loginPattern.match(text).hasMatch())
        return std::nullopt;
    return AppSettings::tr(
        "Last login: must be a login name of 3 to 32 lower-case letters, digits, '.', '_' or "
        "'-', starting with a letter.");
}

std::optional<QString> checkDirectory(const QString &text)
{
    if (text.isEmpty() || QDir::isAbsolutePath(text))
        return std::nullopt;
    return AppSettings::tr("Office folder: must be a full (absolute) path.");
}

QString urlProblem()
{
    return AppSettings::tr(
        "Centre address: must be an https address with a host name and without a user name or "
        "password.");
}

std::optional<QString> checkUrl(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty()
        && url.userInfo().isEmpty())
        return std::nullopt;
    return urlProblem();
}

constexpr Setting languageSetting { "ui/language", "language", checkLanguage };
constexpr Setting idleLockSetting { "security/idleLockMinutes", "idleLockMinutes", checkMinutes };
constexpr Setting lastLoginSetting { "session/lastLogin", "lastLogin", checkLogin };
constexpr Setting officeDirectorySetting { "office/directory", "officeDirectory", checkDirectory };
constexpr Setting centreUrlSetting { "sync/centreUrl", "centreUrl", checkUrl };
constexpr Setting allSettings[]
    = { languageSetting, idleLockSetting, lastLoginSetting, officeDirectorySetting, centreUrlSetting };

QString keyOf(const Setting &setting)
{
    return QString::fromLatin1(setting.key);
}

} // namespace

const QList<QString> &AppSettings::languages()
{
    static const QList<QString> codes { QStringLiteral("en"), QStringLiteral("ur") };
    return codes;
}

QString AppSettings::filePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("nigran.ini"));
}

AppSettings AppSettings::open(const QString &directory)
{
    return AppSettings(std::make_unique<QSettings>(filePath(directory), QSettings::IniFormat));
}

AppSettings::AppSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{ }

AppSettings::~AppSettings() = default;
AppSettings::AppSettings(AppSettings &&other) noexcept = default;
AppSettings &AppSettings::operator=(AppSettings &&other) noexcept = default;

QString AppSettings::filePath() const
{
    return m_settings ? m_settings->fileName() : QString();
}

namespace {

/// The stored text of a setting if it is present and valid.
std::optional<QString> validValue(const QSettings *settings, const Setting &setting)
{
    if (!settings || !settings->contains(keyOf(setting)))
        return std::nullopt;
    const QString text = settings->value(keyOf(setting)).toString();
    if (setting.check(text))
        return std::nullopt;
    return text;
}

/// Stores a value after checking it; an empty value removes the setting.
Result<> store(QSettings *settings, const Setting &setting, const QString &text)
{
    if (auto problem = setting.check(text))
        return fail(Error::invalid({ { QString::fromLatin1(setting.field), *problem } }));
    if (!settings)
        return fail(ErrorCode::Io, AppSettings::tr("The settings are not open."));
    if (text.isEmpty())
        settings->remove(keyOf(setting));
    else
        settings->setValue(keyOf(setting), text);
    return {};
}

} // namespace

QString AppSettings::language() const
{
    return validValue(m_settings.get(), languageSetting).value_or(DefaultLanguage);
}

Result<> AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty()) // "" would mean "remove" to store(); a language is required.
        return fail(Error::invalid({ { QString::fromLatin1(languageSetting.field), *checkLanguage(code) } }));
    return store(m_settings.get(), languageSetting, code);
}

int AppSettings::idleLockMinutes() const
{
    const auto text = validValue(m_settings.get(), idleLockSetting);
    return text ? parseMinutes(*text).value_or(DefaultIdleLockMinutes) : DefaultIdleLockMinutes;
}

Result<> AppSettings::setIdleLockMinutes(int minutes)
{
    return store(m_settings.get(), idleLockSetting, QString::number(minutes));
}

QString AppSettings::lastLogin() const
{
    return validValue(m_settings.get(), lastLoginSetting).value_or(QString());
}

Result<> AppSettings::setLastLogin(const QString &login)
{
    return store(m_settings.get(), lastLoginSetting, login);
}

QString AppSettings::officeDirectory() const
{
    return validValue(m_settings.get(), officeDirectorySetting).value_or(QString());
}

Result<> AppSettings::setOfficeDirectory(const QString &directory)
{
    const QString cleaned
        = directory.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(directory));
    return store(m_settings.get(), officeDirectorySetting, cleaned);
}

QUrl AppSettings::centreUrl() const
{
    const auto text = validValue(m_settings.get(), centreUrlSetting);
    return text ? QUrl(*text, QUrl::StrictMode) : QUrl();
}

Result<> AppSettings::setCentreUrl(const QUrl &url)
{
    if (!url.isEmpty() && !url.isValid())
        return fail(Error::invalid({ { QString::fromLatin1(centreUrlSetting.field), urlProblem() } }));
    return store(
        m_settings.get(), centreUrlSetting, url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded));
}

QList<FieldError> AppSettings::problems() const
{
    QList<FieldError> found;
    if (!m_settings)
        return found;
    if (m_settings->status() == QSettings::FormatError)
        found << FieldError { QString(),
            tr("The settings file %1 cannot be read; the defaults are used.")
                .arg(QDir::toNativeSeparators(filePath())) };
    for (const Setting &setting : allSettings) {
        if (!m_settings->contains(keyOf(setting)))
            continue;
        if (auto problem = setting.check(m_settings->value(keyOf(setting)).toString()))
            found << FieldError { QString::fromLatin1(setting.field),
                tr("%1 Setting %2 in %3; the default is used.")
                    .arg(*problem, keyOf(setting), QDir::toNativeSeparators(filePath())) };
    }
    return found;
}

Result<> AppSettings::sync()
{
    if (!m_settings)
        return fail(ErrorCode::Io, tr("The settings are not open."));
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(ErrorCode::Io,
            tr("The settings could not be written to %1.").arg(QDir::toNativeSeparators(filePath())));
    return {};
}

} // namespace Nigran::Models
