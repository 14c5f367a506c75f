// nigran: the district office client. Composition root only: parses the command line, picks the
// language and the office folder, and hands over to ApplicationController.

#include "applicationcontroller.h"
#include "demooffice.h"
#include "kdfprovider.h"
#include "languagemanager.h"

#include "core/applog.h"
#include "core/appsettings.h"
#include "security/clock.h"
#include "services/office.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

#include <cstdio>

using namespace Nigran;

namespace {

/// The translation context of the command line's texts.
class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

struct Arguments
{
    QString dataDir;
    bool demo = false;
    bool exitAfterStartup = false;
    bool printOfficeId = false;
    QString enrolBundle; ///< --enrol-bundle (demo only)
    QString enrolPasswordFile;
    std::optional<Gui::Language> language; ///< nullopt: the language saved in the settings
};

/// Parses the command line without a display, so that --version and --help work anywhere.
/// Returns an exit code when the program should stop here.
std::optional<int> parseArguments(int argc, char *argv[], Arguments &arguments)
{
    QStringList words;
    for (int i = 0; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("Nigran: register of convicted sex offenders, district office client."));
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") }, Main::tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), Main::tr("Show the version and exit."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        Main::tr("Folder of the office store (default: the user's application "
                 "data folder)."),
        Main::tr("DIR"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        Main::tr("Use a demonstration office with synthetic people in "
                 "<data-dir>/demo, creating it if needed."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        Main::tr("Interface language: en or ur (default: the last one chosen)."), Main::tr("en|ur"));
    const QCommandLineOption exitAfterStartupOption(QStringLiteral("exit-after-startup"),
        Main::tr("Print \"startup-window: <name>\" when the first window is shown, then quit (for "
                 "installation tests)."));
    const QCommandLineOption printOfficeIdOption(QStringLiteral("print-office-id"),
        Main::tr("With --demo: create the demonstration office if needed, print its office id (for the "
                 "centre to issue its bundle) and exit."));
    const QCommandLineOption enrolBundleOption(QStringLiteral("enrol-bundle"),
        Main::tr("With --demo: enrol the demonstration office with the centre using this office bundle "
                 "(.p12) unless it is enrolled already."),
        Main::tr("FILE"));
    const QCommandLineOption enrolPasswordFileOption(QStringLiteral("enrol-password-file"),
        Main::tr("The file holding the password of the --enrol-bundle bundle."), Main::tr("FILE"));
    parser.addOptions({ helpOption, versionOption, dataDirOption, demoOption, languageOption,
        exitAfterStartupOption, printOfficeIdOption, enrolBundleOption, enrolPasswordFileOption });
    if (!parser.parse(words)) {
        std::fprintf(stderr, "nigran: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText().replace(
                       QStringLiteral("<executable_name>"), QStringLiteral("nigran"))),
            stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("nigran %s\n", NIGRAN_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "nigran: %s\n",
            qPrintable(Main::tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst())));
        return 2;
    }
    if (parser.isSet(languageOption))
        arguments.language = Gui::LanguageManager::fromCode(parser.value(languageOption));
    if (parser.isSet(languageOption) && !arguments.language) {
        std::fprintf(stderr, "nigran: %s\n",
            qPrintable(
                Main::tr("--language: expected en or ur, not \"%1\".").arg(parser.value(languageOption))));
        return 2;
    }
    arguments.dataDir = parser.value(dataDirOption);
    arguments.demo = parser.isSet(demoOption);
    arguments.exitAfterStartup = parser.isSet(exitAfterStartupOption);
    arguments.printOfficeId = parser.isSet(printOfficeIdOption);
    arguments.enrolBundle = parser.value(enrolBundleOption);
    arguments.enrolPasswordFile = parser.value(enrolPasswordFileOption);
    if ((arguments.printOfficeId || !arguments.enrolBundle.isEmpty()) && !arguments.demo) {
        std::fprintf(stderr, "nigran: %s\n",
            qPrintable(Main::tr("--print-office-id and --enrol-bundle work with --demo only.")));
        return 2;
    }
    if (arguments.enrolBundle.isEmpty() != arguments.enrolPasswordFile.isEmpty()) {
        std::fprintf(stderr, "nigran: %s\n",
            qPrintable(Main::tr("--enrol-bundle and --enrol-password-file go together.")));
        return 2;
    }
    return std::nullopt;
}

/// Reports settings that are not used because they are invalid (each names the setting and file).
void reportSettingProblems(const Models::AppSettings &settings)
{
    for (const Models::FieldError &problem : settings.problems())
        std::fprintf(stderr, "nigran: %s\n", qPrintable(problem.message));
}

/// --exit-after-startup: names the first window shown (the first-run or the unlock dialog) on
/// stdout and quits through the controller, so that an installed package can be smoke-tested.
class StartupProbe final : public QObject
{
public:
    explicit StartupProbe(Gui::ApplicationController &controller)
        : QObject(&controller)
        , m_controller(controller)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_reported && event->type() == QEvent::Show && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow()) {
            m_reported = true;
            const QString name = watched->objectName().isEmpty()
                ? QString::fromLatin1(watched->metaObject()->className())
                : watched->objectName();
            std::printf("startup-window: %s\n", qPrintable(name));
            std::fflush(stdout);
            QTimer::singleShot(0, &m_controller, &Gui::ApplicationController::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Gui::ApplicationController &m_controller;
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("nigran"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIGRAN_VERSION));
    Arguments arguments;
    if (const auto exitCode = parseArguments(argc, argv, arguments))
        return *exitCode;

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Nigran"));
    // The window closes to the controller, which drops the key before quitting.
    QApplication::setQuitOnLastWindowClosed(false);

    const QString dataDir = arguments.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : QDir(arguments.dataDir).absolutePath();
    // Ids and counts only, never personal data (AppLog); rotated files under <data-dir>/logs.
    QDir().mkpath(dataDir);
    Models::AppLog::install(dataDir);
    // The demo keeps its own settings beside it, so that it never changes the real ones.
    Models::AppSettings settings
        = Models::AppSettings::open(arguments.demo ? Gui::DemoOffice::directoryIn(dataDir) : dataDir);
    reportSettingProblems(settings);

    Gui::LanguageManager languages;
    languages.setLanguage(arguments.language.value_or(
        Gui::LanguageManager::fromCode(settings.language()).value_or(Gui::Language::English)));
    QObject::connect(
        &languages, &Gui::LanguageManager::languageChanged, &app, [&settings](Gui::Language language) {
            if (settings.setLanguage(Gui::LanguageManager::code(language)))
                (void)settings.sync();
        });
    // The key-derivation cost is measured while the user reads the sign-in dialog.
    Gui::KdfProvider::prepareInBackground();

    QString directory = settings.officeDirectory().isEmpty() ? dataDir : settings.officeDirectory();
    QString login = settings.lastLogin();
    if (arguments.demo) {
        directory = Gui::DemoOffice::directoryIn(dataDir);
        if (login.isEmpty())
            login = Gui::DemoOffice::ProsecutorLogin;
        if (!Models::Office::exists(directory)) {
            std::fputs(qPrintable(Main::tr("Creating the demonstration office…\n")), stdout);
            std::fflush(stdout);
            const auto created = Gui::DemoOffice::createWithProgress(
                directory, Gui::DemoOffice::DefaultPeople, Models::Clock::system());
            if (!created) {
                std::fprintf(stderr, "nigran: %s\n", qPrintable(created.error().message));
                QMessageBox::critical(nullptr, Main::tr("Nigran demo"), created.error().message);
                return 1;
            }
        }
        if (arguments.printOfficeId) {
            const auto officeId = Gui::DemoOffice::officeId(directory);
            if (!officeId) {
                std::fprintf(stderr, "nigran: %s\n", qPrintable(officeId.error().message));
                return 1;
            }
            std::printf("%s\n", qPrintable(*officeId));
            return 0;
        }
        if (!arguments.enrolBundle.isEmpty()) {
            QFile bundle(arguments.enrolBundle);
            QFile passwordFile(arguments.enrolPasswordFile);
            if (!bundle.open(QIODevice::ReadOnly) || !passwordFile.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "nigran: %s\n",
                    qPrintable(Main::tr("cannot read %1 or %2")
                                   .arg(arguments.enrolBundle, arguments.enrolPasswordFile)));
                return 1;
            }
            const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed();
            const auto enrolled = Gui::DemoOffice::enrolIfNeeded(
                directory, bundle.readAll(), password, Models::Clock::system());
            if (!enrolled) {
                std::fprintf(stderr, "nigran: %s\n", qPrintable(enrolled.error().message));
                return 1;
            }
            if (*enrolled)
                std::fputs(
                    qPrintable(Main::tr("The demonstration office is now enrolled with the centre.\n")),
                    stdout);
        }
        std::fputs(qPrintable(Gui::DemoOffice::credentialsNotice(directory)), stdout);
        std::fflush(stdout);
    }

    Gui::ApplicationController controller(
        { directory, nullptr, std::chrono::minutes(settings.idleLockMinutes()), login }, &languages);
    QObject::connect(&controller, &Gui::ApplicationController::unlocked, &app, [&settings, &controller] {
        // A login name only (never a display name or a password), to pre-fill the next sign-in.
        if (settings.setLastLogin(controller.office()->user().login))
            (void)settings.sync();
    });
    QObject::connect(&controller, &Gui::ApplicationController::quitRequested, &app, &QCoreApplication::quit,
        Qt::QueuedConnection);
    if (arguments.exitAfterStartup)
        app.installEventFilter(new StartupProbe(controller));
    controller.start();
    return QApplication::exec();
}
