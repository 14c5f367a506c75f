#include "languagemanager.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>

namespace Nigran::Gui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_defaultFont(QApplication::font())
{ }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

std::optional<Language> LanguageManager::fromCode(const QString &code)
{
    if (code == QLatin1String("en"))
        return Language::English;
    if (code == QLatin1String("ur"))
        return Language::Urdu;
    return std::nullopt;
}

QString LanguageManager::code(Language language)
{
    return language == Language::Urdu ? QStringLiteral("ur") : QStringLiteral("en");
}

QString LanguageManager::nativeName(Language language)
{
    return language == Language::Urdu ? QStringLiteral("اردو") : QStringLiteral("English");
}

void LanguageManager::removeTranslators()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = m_qtInstalled = false;
}

void LanguageManager::setLanguage(Language language)
{
    // Removing an installed catalogue announces the change (QEvent::LanguageChange)...
    const bool removedAny = m_appInstalled || m_qtInstalled;
    removeTranslators();
    m_language = language;

    const QString languageCode = code(language);
    const QLocale locale = language == Language::Urdu ? QLocale(QLocale::Urdu, QLocale::Pakistan)
                                                      : QLocale(QLocale::English, QLocale::Pakistan);
    QLocale::setDefault(locale);

    // ...and so does installing a non-empty one. installTranslator() keeps even an empty catalogue
    // (and then returns false), so it is removed again on the next switch either way.
    bool announced = removedAny;
    m_hasCatalogue = m_appTranslator.load(QStringLiteral(":/i18n/nigran_%1.qm").arg(languageCode));
    if (m_hasCatalogue) {
        announced = QCoreApplication::installTranslator(&m_appTranslator) || announced;
        m_appInstalled = true;
    }
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        announced = QCoreApplication::installTranslator(&m_qtTranslator) || announced;
        m_qtInstalled = true;
    }

    QFont font = m_defaultFont;
    if (language == Language::Urdu
        && QFontDatabase::families().contains(QLatin1String(UrduFontFamily), Qt::CaseInsensitive))
        font.setFamilies({ QLatin1String(UrduFontFamily), m_defaultFont.family() });
    QApplication::setFont(font);
    QApplication::setLayoutDirection(language == Language::Urdu ? Qt::RightToLeft : Qt::LeftToRight);

    // With no catalogue at all (tests) nothing has announced the switch yet.
    if (!announced) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    Q_EMIT languageChanged(language);
}

} // namespace Nigran::Gui
