#include "reports/monitoringreport.h"

#include "biditext.h"
#include "map/alertlayer.h"
#include "map/basemaplayer.h"
#include "map/mapview.h"
#include "map/scenelayer.h"
#include "map/tracklayer.h"
#include "map/zonelayer.h"
#include "reports/reporthtml.h"
#include "reports/reportpage.h"

#include "monitoring/geo.h"
#include "monitoring/tracksegmenter.h"
#include "services/registerservice.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGeoCircle>
#include <QGeoPolygon>
#include <QGeoRectangle>
#include <QHash>
#include <QPainter>
#include <QResizeEvent>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Nigran::Gui {

using namespace Nigran::Models;
using namespace Nigran::Gui::Reports;
using BidiText::ltr;

namespace {

#define NIGRAN_TEXT(en, ur) pick(m_language, QStringLiteral(en), QStringLiteral(ur))

/// The map's width on the page in device pixels and its height (4:3).
const QSize MapSize(int(ReportPage::bodyWidth()), int(ReportPage::bodyWidth() * 3 / 4));
const QString MapImageName = QStringLiteral("nigran-map://map.png");
/// Stops listed in the track report.
constexpr qint64 LongStopSeconds = 30 * 60;

/// The report's names of the monitoring codes, in the report's language.
class MonitoringNames
{
public:
    explicit MonitoringNames(Language language)
        : m_language(language)
    { }

    QString time(const QDateTime &utc) const
    {
        return utc.isValid()
            ? ltr(utc.toTimeZone(pakistanTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            : QStringLiteral("—");
    }
    QString position(double latitude, double longitude) const
    {
        return ltr(QStringLiteral("%1, %2").arg(latitude, 0, 'f', 5).arg(longitude, 0, 'f', 5));
    }
    QString metres(double metres) const
    {
        if (metres < 0)
            return QStringLiteral("—");
        if (metres >= 10'000)
            return ltr(QStringLiteral("%1 km").arg(metres / 1000.0, 0, 'f', 1));
        return ltr(QStringLiteral("%1 m").arg(qRound64(metres)));
    }
    QString duration(qint64 seconds) const
    {
        const qint64 minutes = (seconds + 30) / 60;
        return ltr(QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0')));
    }

    QString alertKind(AlertKind kind) const
    {
        switch (kind) {
        case AlertKind::ZoneEntry:
            return NIGRAN_TEXT("Exclusion zone entered", "ممنوعہ علاقے میں داخلہ");
        case AlertKind::ZoneExit:
            return NIGRAN_TEXT("Inclusion zone left", "پابند علاقے سے اخراج");
        case AlertKind::CurfewBreach:
            return NIGRAN_TEXT("Curfew breach", "کرفیو کی خلاف ورزی");
        case AlertKind::StrapTamper:
            return NIGRAN_TEXT("Strap tamper", "پٹے سے چھیڑ چھاڑ");
        case AlertKind::LowBattery:
            return NIGRAN_TEXT("Low battery", "بیٹری کم");
        case AlertKind::SignalLost:
            return NIGRAN_TEXT("Signal lost while moving", "حرکت کے دوران سگنل غائب");
        case AlertKind::DeviceOffline:
            return NIGRAN_TEXT("Device offline", "آلہ آف لائن");
        }
        return {};
    }
    QString state(AlertState state) const
    {
        switch (state) {
        case AlertState::New:
            return NIGRAN_TEXT("New", "نیا");
        case AlertState::Acknowledged:
            return NIGRAN_TEXT("Acknowledged", "تسلیم شدہ");
        case AlertState::Contacted:
            return NIGRAN_TEXT("Contacted", "رابطہ کیا گیا");
        case AlertState::Escalated:
            return NIGRAN_TEXT("Escalated", "اعلیٰ سطح پر بھیجا گیا");
        case AlertState::Closed:
            return NIGRAN_TEXT("Closed", "بند");
        }
        return {};
    }
    QString outcome(AlertOutcome outcome) const
    {
        switch (outcome) {
        case AlertOutcome::None:
            return QStringLiteral("—");
        case AlertOutcome::Confirmed:
            return NIGRAN_TEXT("Confirmed violation", "خلاف ورزی کی تصدیق");
        case AlertOutcome::FalsePositive:
            return NIGRAN_TEXT("False positive", "غلط انتباہ");
        case AlertOutcome::Explained:
            return NIGRAN_TEXT("Explained", "وضاحت شدہ");
        case AlertOutcome::ReferredToPolice:
            return NIGRAN_TEXT("Referred to police", "پولیس کے حوالے");
        }
        return {};
    }
    QString severity(AlertSeverity severity) const
    {
        switch (severity) {
        case AlertSeverity::Low:
            return NIGRAN_TEXT("Low", "کم");
        case AlertSeverity::Medium:
            return NIGRAN_TEXT("Medium", "درمیانہ");
        case AlertSeverity::High:
            return NIGRAN_TEXT("High", "زیادہ");
        case AlertSeverity::Critical:
            return NIGRAN_TEXT("Critical", "انتہائی");
        }
        return {};
    }
    QString zoneKind(ZoneKind kind) const
    {
        return kind == ZoneKind::Exclusion ? NIGRAN_TEXT("Exclusion", "ممنوعہ")
                                           : NIGRAN_TEXT("Inclusion", "پابند");
    }
    QString shape(const QGeoShape &shape) const
    {
        if (shape.type() == QGeoShape::CircleType) {
            const QGeoCircle circle(shape);
            return NIGRAN_TEXT("Circle of radius %1 around %2", "%2 کے گرد %1 رداس کا دائرہ")
                .arg(metres(circle.radius()),
                    position(circle.center().latitude(), circle.center().longitude()));
        }
        if (shape.type() == QGeoShape::PolygonType)
            return NIGRAN_TEXT("Polygon of %1 corners", "%1 کونوں والا کثیرالاضلاع")
                .arg(QGeoPolygon(shape).perimeter().size());
        return QStringLiteral("—");
    }
    QString schedule(const ZoneSchedule &schedule) const
    {
        if (schedule.isAlways())
            return NIGRAN_TEXT("Always", "ہمیشہ");
        QStringList parts;
        for (const ZoneSchedule::Window &window : schedule.windows())
            parts << QStringLiteral("%1 %2").arg(days(window.days),
                ltr(QStringLiteral("%1–%2").arg(clock(window.startMinute), clock(window.endMinute))));
        return parts.join(QStringLiteral("; "));
    }
    QString days(quint8 bits) const
    {
        if (bits == ZoneSchedule::EveryDay)
            return NIGRAN_TEXT("Every day", "روزانہ");
        if (bits == ZoneSchedule::Weekdays)
            return NIGRAN_TEXT("Monday to Friday", "پیر تا جمعہ");
        const QStringList names = m_language == Language::Urdu
            ? QStringList { QStringLiteral("پیر"), QStringLiteral("منگل"), QStringLiteral("بدھ"),
                  QStringLiteral("جمعرات"), QStringLiteral("جمعہ"), QStringLiteral("ہفتہ"),
                  QStringLiteral("اتوار") }
            : QStringList { QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
                  QStringLiteral("Thu"), QStringLiteral("Fri"), QStringLiteral("Sat"),
                  QStringLiteral("Sun") };
        QStringList chosen;
        for (int day = 0; day < 7; ++day)
            if (bits & (1 << day))
                chosen << names[day];
        return chosen.join(m_language == Language::Urdu ? QStringLiteral("، ") : QStringLiteral(", "));
    }
    static QString clock(int minute)
    {
        return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
    }
    QString presence(ScenePresence presence) const
    {
        switch (presence) {
        case ScenePresence::Present:
            return NIGRAN_TEXT("Present", "موجود");
        case ScenePresence::CouldHaveBeen:
            return NIGRAN_TEXT("Could have been present", "موجود ہو سکتا تھا");
        case ScenePresence::Excluded:
            return NIGRAN_TEXT("Excluded", "خارج");
        }
        return {};
    }
    QString reason(PresenceReason reason) const
    {
        switch (reason) {
        case PresenceReason::FixInside:
            return NIGRAN_TEXT(
                "A fix inside the scene during the window", "وقت کے دوران جائے وقوعہ کے اندر مقام");
        case PresenceReason::AccuracyOverlaps:
            return NIGRAN_TEXT("A fix whose accuracy circle reaches the scene",
                "ایسا مقام جس کی درستی کا دائرہ جائے وقوعہ تک پہنچتا ہے");
        case PresenceReason::TrackPasses:
            return NIGRAN_TEXT("The track between two fixes passes through the scene",
                "دو مقامات کے درمیان راستہ جائے وقوعہ سے گزرتا ہے");
        case PresenceReason::GapReachable:
            return NIGRAN_TEXT("A signal gap long enough to reach the scene and return",
                "سگنل کا وقفہ جس میں جائے وقوعہ تک جا کر واپس آنا ممکن تھا");
        case PresenceReason::NoData:
            return NIGRAN_TEXT("No fixes for (part of) the window", "وقت کے (کچھ) حصے کے مقامات موجود نہیں");
        case PresenceReason::TooFar:
            return NIGRAN_TEXT("Fixes throughout the window too far from the scene",
                "پورے وقت کے دوران مقامات جائے وقوعہ سے بہت دور");
        }
        return {};
    }

private:
    Language m_language;
};

QString mapHtml(const ReportHtml &html, Language m_language, const QString &caption)
{
    // The map, its heading and its caption on a page of their own.
    return QStringLiteral("<h3%1 style=\"font-size:11pt; margin-bottom:8px; color:#1f3a5f; "
                          "page-break-before:always\">%6</h3>"
                          "<p%1><img src=\"%2\" width=\"%3\" height=\"%4\"></p>"
                          "<p%1 style=\"font-size:7.5pt; color:#444444\">%5</p>")
        .arg(html.dir(), MapImageName)
        // QTextDocument scales <img> sizes from 96 dpi to the printer's resolution.
        .arg(MapSize.width() * 96 / Dpi)
        .arg(MapSize.height() * 96 / Dpi)
        .arg(caption)
        .arg(NIGRAN_TEXT("Map", "نقشہ"));
}

Result<> write(QSaveFile &file, Language language, const ReportHeader &header, const QString &title,
    const QString &body, const QImage &map)
{
    ReportPage page(language, header, title);
    if (!map.isNull())
        page.addImage(MapImageName, map.scaled(MapSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    return writePdf(file, page, body);
}

} // namespace

QImage MonitoringReport::renderMap(const QSize &size, const QList<Fix> &fixes, const QList<Zone> &zones,
    const QList<Alert> &alerts, const std::optional<CrimeScene> &scene, const QList<Fix> &evidence)
{
    MapView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setCoordinatesOverlayVisible(false);
    view.resize(size);
    QResizeEvent resize(size, QSize());
    QCoreApplication::sendEvent(&view, &resize);
    view.addLayer(new BaseMapLayer());
    auto *zoneLayer = new ZoneLayer();
    zoneLayer->setZones(zones);
    view.addLayer(zoneLayer);
    auto *track = new TrackLayer();
    track->setTrack(fixes);
    if (!fixes.isEmpty())
        track->setReferenceTime(fixes.last().fixTime);
    view.addLayer(track);
    auto *alertLayer = new AlertLayer();
    alertLayer->setMarkers(AlertLayer::markersFor(alerts, fixes));
    view.addLayer(alertLayer);
    auto *sceneLayer = new SceneLayer();
    view.addLayer(sceneLayer);

    // Fit everything shown, with at least a few hundred metres around it.
    double south = 90, north = -90, west = 180, east = -180;
    const auto grow = [&](double lat, double lon, double metres) {
        double s = lat, w = lon, n = lat, e = lon;
        Geo::offsetMetres(s, w, -metres, -metres);
        Geo::offsetMetres(n, e, metres, metres);
        south = std::min(south, s);
        north = std::max(north, n);
        west = std::min(west, w);
        east = std::max(east, e);
    };
    for (const Fix &fix : fixes)
        grow(fix.latitude, fix.longitude, 200);
    for (const Zone &zone : zones) {
        grow(zone.south(), zone.west(), 50);
        grow(zone.north(), zone.east(), 50);
    }
    sceneLayer->setEvidence(evidence);
    for (const Fix &fix : evidence)
        grow(fix.latitude, fix.longitude, 200);
    if (scene) {
        sceneLayer->setScene(QGeoCoordinate(scene->latitude, scene->longitude), scene->radiusMetres);
        grow(scene->latitude, scene->longitude, std::max(300.0, scene->radiusMetres * 3));
    }
    if (south <= north)
        view.fitTo(QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east)));
    else
        view.fitTo(QGeoRectangle(QGeoCoordinate(37.1, 60.9), QGeoCoordinate(23.6, 77.8))); // Pakistan

    QImage image(size, QImage::Format_RGB32);
    image.fill(MapView::backgroundColour());
    view.render(&image);
    return image;
}

Result<> MonitoringReport::writeTrackReport(RegisterService &audit, const QString &path,
    const ReportHeader &header, const MonitoredPerson &person, const QDateTime &from, const QDateTime &to,
    const QList<Fix> &fixes, const QList<AlertRecord> &alerts, const QList<ZoneRecord> &zones,
    const QImage &map, Language language)
{
    QSaveFile file(path);
    NIGRAN_TRY(openDestination(file));
    // SECURITY.md: the export is audited before anything is written.
    NIGRAN_TRY(audit.recordExport(person.personId, trackReportName(), path));

    const Language m_language = language; // for NIGRAN_TEXT
    const MonitoringNames names(language);
    ReportHtml html(language);

    html.section(NIGRAN_TEXT("Monitored person", "زیرِ نگرانی شخص"));
    html.fields({ { NIGRAN_TEXT("Name", "نام"), esc(person.displayName) },
        { NIGRAN_TEXT("District", "ضلع"), ltr(esc(person.district)) },
        { NIGRAN_TEXT("Monitoring order", "نگرانی کا حکم"), ltr(esc(person.orderId)) },
        { NIGRAN_TEXT("Device", "آلہ"), ltr(esc(person.deviceId)) },
        { NIGRAN_TEXT("Period (Pakistan time)", "مدت (پاکستانی وقت)"),
            QStringLiteral("%1 — %2").arg(names.time(from), names.time(to)) } });

    // Summary of the track.
    const QList<TrackSegment> segments = TrackSegmenter::segment(fixes);
    QList<TrackSegment> stops;
    qint64 gapSeconds = 0;
    int trips = 0;
    for (const TrackSegment &segment : segments) {
        if (segment.kind == TrackSegment::Kind::Stop)
            stops << segment;
        else if (segment.kind == TrackSegment::Kind::Trip)
            ++trips;
        else
            gapSeconds += segment.start.secsTo(segment.end);
    }
    html.section(NIGRAN_TEXT("Track", "راستہ"));
    html.fields({ { NIGRAN_TEXT("Fixes", "مقامات"), ltr(QString::number(fixes.size())) },
        { NIGRAN_TEXT("First fix", "پہلا مقام"),
            fixes.isEmpty() ? QString() : names.time(fixes.first().fixTime) },
        { NIGRAN_TEXT("Last fix", "آخری مقام"),
            fixes.isEmpty() ? QString() : names.time(fixes.last().fixTime) },
        { NIGRAN_TEXT("Stops / trips", "ٹھہراؤ / سفر"),
            ltr(QStringLiteral("%1 / %2").arg(stops.size()).arg(trips)) },
        { NIGRAN_TEXT("Time without signal (h:mm)", "سگنل کے بغیر وقت (گھنٹے:منٹ)"),
            names.duration(gapSeconds) } });

    // Zones.
    QHash<QString, QString> zoneLabels;
    for (const ZoneRecord &zone : zones)
        zoneLabels.insert(zone.zone.id(), zone.label);
    html.section(NIGRAN_TEXT("Zones of the order", "حکم کے علاقے"));
    if (zones.isEmpty()) {
        html.none();
    } else {
        QList<QStringList> rows;
        for (const ZoneRecord &zone : zones)
            rows << QStringList { esc(zone.label), names.zoneKind(zone.zone.kind()),
                names.shape(zone.zone.shape()), names.metres(zone.zone.bufferMetres()),
                names.duration(zone.zone.graceSeconds()), names.schedule(zone.zone.schedule()),
                ltr(QString::number(zone.zone.version())) };
        html.table({ NIGRAN_TEXT("Zone", "علاقہ"), NIGRAN_TEXT("Kind", "قسم"), NIGRAN_TEXT("Shape", "شکل"),
                       NIGRAN_TEXT("Buffer", "بفر"), NIGRAN_TEXT("Grace (h:mm)", "مہلت"),
                       NIGRAN_TEXT("Schedule (Pakistan time)", "اوقات (پاکستانی وقت)"),
                       NIGRAN_TEXT("Version", "نسخہ") },
            rows);
    }

    // Alerts and their triage.
    QList<AlertRecord> sorted = alerts;
    std::sort(sorted.begin(), sorted.end(),
        [](const AlertRecord &a, const AlertRecord &b) { return a.alert.startedAt < b.alert.startedAt; });
    int confirmed = 0, dismissed = 0, open = 0, referred = 0;
    html.section(NIGRAN_TEXT("Alerts (%1)", "انتباہات (%1)").arg(sorted.size()));
    if (sorted.isEmpty()) {
        html.none();
    } else {
        QList<QStringList> rows;
        for (const AlertRecord &record : std::as_const(sorted)) {
            if (record.state != AlertState::Closed)
                ++open;
            else if (record.outcome == AlertOutcome::Confirmed)
                ++confirmed;
            else if (record.outcome == AlertOutcome::ReferredToPolice)
                ++referred;
            else
                ++dismissed;
            QString zone = zoneLabels.value(record.alert.zoneId);
            if (zone.isEmpty() && !record.alert.zoneId.isEmpty())
                zone = record.alert.zoneId;
            QStringList evidence;
            for (const FixRef &ref : record.alert.evidence)
                evidence << names.time(ref.time);
            rows << QStringList { names.time(record.alert.startedAt), names.alertKind(record.alert.kind),
                esc(zone), names.severity(record.severity()), names.state(record.state),
                names.outcome(record.outcome), evidence.join(QStringLiteral("<br>")) };
        }
        html.table(
            { NIGRAN_TEXT("Started", "آغاز"), NIGRAN_TEXT("Alert", "انتباہ"), NIGRAN_TEXT("Zone", "علاقہ"),
                NIGRAN_TEXT("Severity", "شدت"), NIGRAN_TEXT("Triage", "جانچ"),
                NIGRAN_TEXT("Outcome", "نتیجہ"), NIGRAN_TEXT("Evidence fixes", "ثبوتی مقامات") },
            rows);
    }

    // Stops: the long ones (a day has many short ones: traffic, shops).
    QList<TrackSegment> longStops;
    for (const TrackSegment &stop : std::as_const(stops))
        if (stop.start.secsTo(stop.end) >= LongStopSeconds)
            longStops << stop;
    html.section(NIGRAN_TEXT(
        "Stops of %1 minutes or longer (%2 of %3 stops)", "%1 منٹ یا زیادہ کے ٹھہراؤ (%3 میں سے %2)")
                     .arg(LongStopSeconds / 60)
                     .arg(longStops.size())
                     .arg(stops.size()));
    if (longStops.isEmpty()) {
        html.none();
    } else {
        QList<QStringList> rows;
        for (const TrackSegment &stop : std::as_const(longStops))
            rows << QStringList { names.time(stop.start), names.time(stop.end),
                names.duration(stop.start.secsTo(stop.end)), names.position(stop.latitude, stop.longitude) };
        html.table({ NIGRAN_TEXT("From", "سے"), NIGRAN_TEXT("To", "تک"),
                       NIGRAN_TEXT("Duration (h:mm)", "دورانیہ"), NIGRAN_TEXT("Position", "مقام") },
            rows);
    }

    // The compliance statement.
    html.section(NIGRAN_TEXT("Compliance", "پابندی"));
    if (sorted.isEmpty())
        html.paragraph(NIGRAN_TEXT(
            "No alert was raised for this device between %1 and %2 (Pakistan time): the "
            "fixes recorded show no violation of the order's zones or conditions.",
            "%1 سے %2 (پاکستانی وقت) تک اس آلے کا کوئی انتباہ نہیں ہوا: درج مقامات حکم کے علاقوں یا شرائط کی "
            "کوئی خلاف ورزی ظاہر نہیں کرتے۔")
                           .arg(names.time(from), names.time(to)));
    else
        html.paragraph(NIGRAN_TEXT(
            "Between %1 and %2 (Pakistan time) %3 alert(s) were raised: %4 confirmed as "
            "violations, %5 referred to the police, %6 closed as false positives or "
            "explained, and %7 still under review.",
            "%1 سے %2 (پاکستانی وقت) تک %3 انتباہات ہوئے: %4 کی خلاف ورزی کے طور پر تصدیق ہوئی، %5 پولیس کے "
            "حوالے کیے گئے، %6 غلط یا وضاحت شدہ قرار دے کر بند کیے گئے، اور %7 ابھی زیرِ جانچ ہیں۔")
                           .arg(names.time(from), names.time(to))
                           .arg(sorted.size())
                           .arg(confirmed)
                           .arg(referred)
                           .arg(dismissed)
                           .arg(open));
    html.note(NIGRAN_TEXT(
        "A period without fixes is not evidence of compliance: see the time without signal above.",
        "مقامات کے بغیر وقت پابندی کا ثبوت نہیں: اوپر سگنل کے بغیر وقت دیکھیں۔"));

    QString body = html.html();
    body.insert(body.lastIndexOf(QStringLiteral("</body>")),
        mapHtml(html, language,
            NIGRAN_TEXT("Map: base map (public domain outlines), zones, the track (gaps left blank) "
                        "and alerts. Positions are WGS 84.",
                "نقشہ: بنیادی نقشہ، علاقے، راستہ (وقفے خالی) اور انتباہات۔ مقامات WGS 84 میں ہیں۔")));

    const QString title
        = NIGRAN_TEXT("Electronic monitoring: track and compliance", "برقی نگرانی: راستہ اور پابندی");
    return write(file, language, header, title, body, map);
}

Result<> MonitoringReport::writeCorrelationReport(RegisterService &audit, const QString &path,
    const ReportHeader &header, const CrimeScene &scene, const QList<CorrelationResult> &results,
    const QImage &map, const QList<MonitoredPerson> &people, Language language)
{
    QSaveFile file(path);
    NIGRAN_TRY(openDestination(file));
    NIGRAN_TRY(audit.recordExport(QString(), correlationReportName(), path));

    const Language m_language = language; // for NIGRAN_TEXT
    const MonitoringNames names(language);
    ReportHtml html(language);
    QHash<QString, MonitoredPerson> byId;
    for (const MonitoredPerson &person : people)
        byId.insert(person.personId, person);
    const auto nameOf = [&byId](const CorrelationSubject &subject) {
        const auto found = byId.constFind(subject.personId);
        return found != byId.cend() && !found->displayName.isEmpty() ? esc(found->displayName)
                                                                     : ltr(esc(subject.personId));
    };

    int present = 0, could = 0, excluded = 0;
    for (const CorrelationResult &result : results)
        (result.presence == ScenePresence::Present
                ? present
                : (result.presence == ScenePresence::CouldHaveBeen ? could : excluded))
            += 1;

    html.section(NIGRAN_TEXT("Scene", "جائے وقوعہ"));
    html.fields({ { NIGRAN_TEXT("Centre", "مرکز"), names.position(scene.latitude, scene.longitude) },
        { NIGRAN_TEXT("Radius", "رداس"), names.metres(scene.radiusMetres) },
        { NIGRAN_TEXT("Window (Pakistan time)", "وقت (پاکستانی وقت)"),
            QStringLiteral("%1 — %2").arg(names.time(scene.from), names.time(scene.to)) },
        { NIGRAN_TEXT("People checked", "جانچے گئے افراد"), ltr(QString::number(results.size())) },
        { NIGRAN_TEXT("Present / could have been / excluded", "موجود / ممکن / خارج"),
            ltr(QStringLiteral("%1 / %2 / %3").arg(present).arg(could).arg(excluded)) } });

    // Present first, then could have been, then excluded; closest first within each.
    QList<CorrelationResult> sorted = results;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const CorrelationResult &a, const CorrelationResult &b) {
            if (a.presence != b.presence)
                return int(a.presence) < int(b.presence);
            const double da = a.closestMetres < 0 ? 1e12 : a.closestMetres;
            const double db = b.closestMetres < 0 ? 1e12 : b.closestMetres;
            return da < db;
        });

    html.section(NIGRAN_TEXT("Classification", "درجہ بندی"));
    if (sorted.isEmpty()) {
        html.none();
    } else {
        QList<QStringList> rows;
        for (const CorrelationResult &result : std::as_const(sorted))
            rows << QStringList { nameOf(result.subject), ltr(esc(result.subject.deviceId)),
                QStringLiteral("<b>%1</b>").arg(names.presence(result.presence)), names.reason(result.reason),
                names.metres(result.closestMetres) };
        html.table({ NIGRAN_TEXT("Person", "شخص"), NIGRAN_TEXT("Device", "آلہ"),
                       NIGRAN_TEXT("Classification", "درجہ بندی"), NIGRAN_TEXT("Reason", "وجہ"),
                       NIGRAN_TEXT("Closest fix", "قریب ترین مقام") },
            rows);
    }

    html.section(NIGRAN_TEXT("Evidence", "ثبوت"));
    for (const CorrelationResult &result : std::as_const(sorted)) {
        html.subSection(
            QStringLiteral("%1 — %2").arg(nameOf(result.subject), names.presence(result.presence)));
        if (result.evidence.isEmpty()) {
            html.none();
            continue;
        }
        QList<Fix> evidence = result.evidence;
        std::sort(evidence.begin(), evidence.end(),
            [](const Fix &a, const Fix &b) { return a.fixTime < b.fixTime; });
        QList<QStringList> rows;
        int number = 0;
        for (const Fix &fix : std::as_const(evidence))
            rows << QStringList { ltr(QString::number(++number)), names.time(fix.fixTime),
                names.position(fix.latitude, fix.longitude), names.metres(fix.accuracyMetres),
                names.metres(
                    Geo::distanceMetres(scene.latitude, scene.longitude, fix.latitude, fix.longitude)) };
        html.table(
            { QStringLiteral("#"), NIGRAN_TEXT("Fix time", "وقت"), NIGRAN_TEXT("Position", "مقام"),
                NIGRAN_TEXT("Accuracy", "درستی"), NIGRAN_TEXT("From the scene centre", "مرکز سے فاصلہ") },
            rows);
    }
    html.note(
        NIGRAN_TEXT("\"Could have been present\" is not evidence of presence: it means the fixes do not rule "
                    "it out. Distances are great-circle distances on WGS 84 positions.",
            "\"موجود ہو سکتا تھا\" موجودگی کا ثبوت نہیں: اس کا مطلب ہے کہ مقامات اسے رد نہیں کرتے۔"));

    QString body = html.html();
    body.insert(body.lastIndexOf(QStringLiteral("</body>")),
        mapHtml(html, language,
            NIGRAN_TEXT("Map: base map (public domain outlines), the scene (purple circle) and the "
                        "evidence fixes of the people present or possibly present, numbered in time "
                        "order. Positions are WGS 84.",
                "نقشہ: بنیادی نقشہ، جائے وقوعہ (جامنی دائرہ) اور موجود یا ممکنہ طور پر موجود افراد کے "
                "ثبوتی مقامات، وقت کی ترتیب سے۔ مقامات WGS 84 میں ہیں۔")));
    const QString title = NIGRAN_TEXT("Crime-scene correlation", "جائے وقوعہ سے مطابقت");
    return write(file, language, header, title, body, map);
}

} // namespace Nigran::Gui
