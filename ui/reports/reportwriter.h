#pragma once

#include "languagemanager.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Nigran::Models {
class Office;
class RegisterService;
} // namespace Nigran::Models

namespace Nigran::Gui {

/// What every report's page header says about where it came from.
struct ReportHeader
{
    QString officeName;
    QString district; ///< district code ("PB-LHR"); shown by name
    QString generatedBy; ///< display name and login of the signed-in user
    QDateTime generatedAt; ///< UTC; shown in Pakistan Standard Time (UTC+5)

    /// The day the report is made, in Pakistan Standard Time.
    QDate generatedOn() const;

    /// The header for a report made now by the office's signed-in user.
    static ReportHeader forOffice(const Models::Office &office);
};

/// PDF reports of the register (A4): a person's register extract and the upcoming releases list.
///
/// Each page carries a header (office, district, report title, when and by whom it was made), the
/// page number and a "CONFIDENTIAL — Sex Offenders Register" footer. A report is in English or in
/// Urdu (right to left, in Noto Nastaliq Urdu when that font is installed), whatever the interface
/// language; its fixed texts are kept here in both languages. Texts the register computes (workflow
/// states, sentence ledger steps) come in the interface language.
///
/// SECURITY.md: an export is written only to the path the user chose, and the export is audited
/// (RegisterService::recordExport) before anything is written. The file appears complete or not at
/// all (QSaveFile). The register holds no victim identity, so no report can show one.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Gui::ReportWriter)

public:
    /// Reminder windows of the upcoming releases list (DOMAIN.md: 90/60/30 days).
    static constexpr int HorizonDays = 90;

    ReportWriter() = delete;

    /// A person's register extract: identity, cases, charges (registrable sections marked),
    /// convictions, sentences with their ledgers and expected release, custody, monitoring orders
    /// and the workflow history.
    [[nodiscard]] static Models::Result<> writeExtract(Models::RegisterService &service,
        const ReportHeader &header, const QString &personId, const QString &path, Language language);

    /// The people released within HorizonDays of `referenceDate`, soonest first, in the 30-, 60-
    /// and 90-day reminder windows.
    [[nodiscard]] static Models::Result<> writeUpcomingReleases(Models::RegisterService &service,
        const ReportHeader &header, QDate referenceDate, const QString &path, Language language);

    /// The report names recorded in the audit log.
    static QString extractReportName() { return QStringLiteral("register-extract"); }
    static QString upcomingReleasesReportName() { return QStringLiteral("upcoming-releases"); }
};

} // namespace Nigran::Gui
