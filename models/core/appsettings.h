#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

namespace Nigran::Models {

/// The program's own settings in `<directory>/nigran.ini` (INI format). They hold no register data:
/// the interface language, the idle-lock time, the last login name (never a display name or a
/// password), where the office store lives and the centre's address.
///
/// A settings file is input like any other (SECURITY.md, bad input): a value that cannot be read or
/// is out of range is not used — its getter returns the default — and problems() names the setting,
/// the file and what is wrong. Setters validate first and change nothing when the value is refused.
/// Changes are written by sync() (and when the object is destroyed).
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::AppSettings)

public:
    static constexpr int DefaultIdleLockMinutes = 5;
    static constexpr int MinIdleLockMinutes = 1;
    static constexpr int MaxIdleLockMinutes = 120;

    static inline const QString DefaultLanguage = QStringLiteral("en");
    static const QList<QString> &languages(); ///< "en", "ur"

    /// The settings of a directory: `<directory>/nigran.ini`, created by the first sync() that has
    /// something to write.
    [[nodiscard]] static AppSettings open(const QString &directory);
    static QString filePath(const QString &directory);

    ~AppSettings();
    AppSettings(AppSettings &&other) noexcept;
    AppSettings &operator=(AppSettings &&other) noexcept;
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QString filePath() const;

    /// "en" or "ur".
    QString language() const;
    [[nodiscard]] Result<> setLanguage(const QString &language);

    /// Minutes without input before the window locks and the key is dropped: 1 to 120, default 5.
    int idleLockMinutes() const;
    [[nodiscard]] Result<> setIdleLockMinutes(int minutes);

    /// The login name last used on this machine (to pre-fill the sign-in form); empty if none.
    QString lastLogin() const;
    /// Accepts a login name as Office accepts it, or empty to forget it.
    [[nodiscard]] Result<> setLastLogin(const QString &login);

    /// The folder of the office store; empty if not set.
    QString officeDirectory() const;
    /// Accepts an absolute path (stored cleaned), or empty to forget it.
    [[nodiscard]] Result<> setOfficeDirectory(const QString &directory);

    /// The centre's https address; invalid if not set.
    QUrl centreUrl() const;
    /// Accepts an https URL with a host and no user name or password, or an empty URL to forget it.
    [[nodiscard]] Result<> setCentreUrl(const QUrl &url);

    /// Every stored value that is not used because it is invalid, each naming the setting and file.
    QList<FieldError> problems() const;

    /// Writes pending changes to the file.
    [[nodiscard]] Result<> sync();

private:
    explicit AppSettings(std::unique_ptr<QSettings> settings);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Nigran::Models
