#pragma once

#include "languagemanager.h"
#include "reports/reportwriter.h"

#include "core/result.h"
#include "services/monitoringservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace Nigran::Models {
class RegisterService;
}

namespace Nigran::Gui {

/// PDF reports of electronic monitoring for court (A4, the page header and footer of ReportWriter,
/// English or Urdu): a person's track and compliance report for a period and a crime-scene
/// correlation report, each with the map image.
///
/// SECURITY.md, as ReportWriter: the export is audited (RegisterService::recordExport) before
/// anything is written, and the file appears complete or not at all (QSaveFile).
class MonitoringReport
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Gui::MonitoringReport)

public:
    MonitoringReport() = delete;

    /// A person's track and compliance report: person, order and device, the period (PKT), the
    /// alerts with their triage and outcome, the stops, a compliance statement and the map.
    [[nodiscard]] static Models::Result<> writeTrackReport(Models::RegisterService &audit,
        const QString &path, const ReportHeader &header, const Models::MonitoredPerson &person,
        const QDateTime &from, const QDateTime &to, const QList<Models::Fix> &fixes,
        const QList<Models::AlertRecord> &alerts, const QList<Models::ZoneRecord> &zones, const QImage &map,
        Language language = Language::English);

    /// A correlation report: the scene and window, each person's classification with the evidence
    /// fixes (times and positions) and the map with the scene circle. `names` maps person ids to the
    /// names shown (the id is shown when missing).
    [[nodiscard]] static Models::Result<> writeCorrelationReport(Models::RegisterService &audit,
        const QString &path, const ReportHeader &header, const Models::CrimeScene &scene,
        const QList<Models::CorrelationResult> &results, const QImage &map,
        const QList<Models::MonitoredPerson> &people = {}, Language language = Language::English);

    /// The map image of a report: the base map, the zones, the track, the alerts and (when given) a
    /// crime scene with evidence fixes (of any people: drawn as numbered dots, not joined), rendered
    /// offscreen to fit at `size` pixels (print resolution).
    static QImage renderMap(const QSize &size, const QList<Models::Fix> &fixes,
        const QList<Models::Zone> &zones = {}, const QList<Models::Alert> &alerts = {},
        const std::optional<Models::CrimeScene> &scene = std::nullopt,
        const QList<Models::Fix> &evidence = {});

    /// The report names recorded in the audit log.
    static QString trackReportName() { return QStringLiteral("monitoring-track"); }
    static QString correlationReportName() { return QStringLiteral("crime-scene-correlation"); }
};

} // namespace Nigran::Gui
