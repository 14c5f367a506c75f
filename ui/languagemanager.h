#pragma once

#include <QFont>
#include <QObject>
#include <QTranslator>

#include <optional>

namespace Nigran::Gui {

enum class Language
{
    English,
    Urdu
};

/// Switches the interface language at run time: the program's catalogue (":/i18n/nigran_<code>.qm",
/// compiled into the nigran executable), Qt's own strings when installed, the layout direction
/// (Urdu is right-to-left) and, for Urdu, the Noto Nastaliq Urdu font when it is installed.
///
/// Widgets retranslate themselves on QEvent::LanguageChange, which every switch delivers, even when
/// a catalogue is missing or empty (tests link no catalogue; untranslated strings stay English).
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    static constexpr auto UrduFontFamily = "Noto Nastaliq Urdu";

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// "en" or "ur"; nullopt for anything else.
    static std::optional<Language> fromCode(const QString &code);
    static QString code(Language language);
    /// The language's name in itself ("English", "اردو"), as language menus show it.
    static QString nativeName(Language language);

    Language language() const { return m_language; }
    void setLanguage(Language language);
    /// Whether the last switch found the program's catalogue for the language.
    bool hasCatalogue() const { return m_hasCatalogue; }

Q_SIGNALS:
    void languageChanged(Nigran::Gui::Language language);

private:
    void removeTranslators();

    Language m_language = Language::English;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    bool m_hasCatalogue = false;
    QFont m_defaultFont;
};

} // namespace Nigran::Gui
