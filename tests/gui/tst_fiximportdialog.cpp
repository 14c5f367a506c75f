// The fix import dialog on real receivers' logs (u-blox NMEA, GPSLogger GPX and CSV) and on malformed
// files: the preview (count, time range, the track on the map), the error naming file, line and what
// with nothing imported, the import with its outcome (added, duplicates on a second import), a file
// of another device refused, and a cancelled import that stores nothing.

#include "../common/monitoringfixture.h"
#include "../common/officefixture.h"
#include "../common/sampledir.h"
#include "../common/testsupport.h"

#include "map/mapview.h"
#include "map/tracklayer.h"
#include "monitoring/fiximportdialog.h"

#include "domain/monitoringorder.h"
#include "monitoring/fiximport.h"
#include "services/monitoringservice.h"
#include "services/registerservice.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

const QString Device = QStringLiteral("SYN-TAG-0001");

/// How many fixes of the tag the office stores.
qint64 storedFixes(MonitoredOffice &office)
{
    auto track = office.service->track(Device, QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc()));
    return track ? track->size() : -1;
}

bool waitForState(FixImportDialog &dialog, FixImportDialog::State state, int timeoutMs = 120000)
{
    return QTest::qWaitFor([&] { return dialog.state() == state; }, timeoutMs);
}

bool waitUntilIdle(FixImportDialog &dialog, int timeoutMs = 120000)
{
    return QTest::qWaitFor(
        [&] {
            return dialog.state() != FixImportDialog::State::Parsing
                && dialog.state() != FixImportDialog::State::Importing;
        },
        timeoutMs);
}

QPushButton *button(QDialog &dialog, const QString &text)
{
    for (QPushButton *candidate : dialog.findChildren<QPushButton *>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

/// With NIGRAN_SCREENSHOT_DIR set, the widget is saved there as a PNG to be checked by eye.
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("NIGRAN_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100); // widgets added to a visible layout show on the next turn of the event loop
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestFixImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void realLogsPreviewAndImport_data();
    void realLogsPreviewAndImport();
    void malformedFilesImportNothing_data();
    void malformedFilesImportNothing();
    void anotherDevicesFileIsRefused();
    void cancelledImportStoresNothing();
};

void TestFixImportDialog::realLogsPreviewAndImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("u-blox M8 NMEA, Lahore") << QStringLiteral("ublox-m8-lahore.nmea");
    QTest::addRow("SiRF IV NMEA over midnight") << QStringLiteral("sirf4-islamabad-midnight.nmea");
    QTest::addRow("GPSLogger GPX, Lahore") << QStringLiteral("gpslogger-lahore.gpx");
    QTest::addRow("GPSLogger CSV, Islamabad") << QStringLiteral("gpslogger-islamabad.csv");
}

void TestFixImportDialog::realLogsPreviewAndImport()
{
    QFETCH(QString, file);
    const QString path = monitoringSample(file);
    QVERIFY2(!path.isEmpty(), "tests/data/monitoring not found");
    auto expected = FixImport::importFile(path, Device);
    NIGRAN_VERIFY_OK(expected);
    QVERIFY(expected->size() >= 5);

    MonitoredOffice office({ Device });
    FixImportDialog dialog(*office.service, office.person);
    dialog.show();
    QCOMPARE(dialog.state(), FixImportDialog::State::NoFile);
    QPushButton *import = button(dialog, QStringLiteral("&Import"));
    QVERIFY(import);
    QVERIFY(!import->isEnabled());

    dialog.openFile(path);
    QVERIFY(waitUntilIdle(dialog));
    QCOMPARE(dialog.state(), FixImportDialog::State::Parsed);
    QCOMPARE(dialog.parsedFixes().size(), expected->size());
    QVERIFY(import->isEnabled());
    // The preview: the count and the first and last fix times in Pakistan time, and the track on the map.
    QString shown;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown += label->text() + QLatin1Char('\n');
    QVERIFY2(shown.contains(QString::number(expected->size())), qPrintable(shown));
    const QTimeZone pkt(5 * 3600);
    QVERIFY(shown.contains(
        expected->first().fixTime.toTimeZone(pkt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    QVERIFY(shown.contains(
        expected->last().fixTime.toTimeZone(pkt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    TrackLayer *track = dialog.previewMap()->findChild<TrackLayer *>();
    QVERIFY(track);
    QCOMPARE(track->fixCount(), expected->size());
    // The map shows where the fixes are.
    const QGeoCoordinate centre = dialog.previewMap()->centre();
    QVERIFY(std::abs(centre.latitude() - expected->first().latitude) < 0.2);
    QVERIFY(std::abs(centre.longitude() - expected->first().longitude) < 0.2);
    QCOMPARE(storedFixes(office), 0); // nothing before Import

    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(waitUntilIdle(dialog));
    QCOMPARE(dialog.state(), FixImportDialog::State::Imported);
    QVERIFY(dialog.outcome());
    QCOMPARE(dialog.outcome()->fixes.added, expected->size());
    QCOMPARE(dialog.outcome()->fixes.duplicates, 0);
    QCOMPARE(storedFixes(office), expected->size());
    QVERIFY(!import->isEnabled());
    shown.clear();
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown += label->text() + QLatin1Char('\n');
    QVERIFY2(shown.contains(QStringLiteral("Imported: %1 new fix").arg(expected->size())), qPrintable(shown));
    if (file.endsWith(QLatin1String("lahore.nmea")))
        screenshot(&dialog, QStringLiteral("fix-import"));

    // The same file again: every fix is a duplicate and nothing is added.
    dialog.openFile(path);
    QVERIFY(waitForState(dialog, FixImportDialog::State::Parsed));
    dialog.startImport();
    QVERIFY(waitUntilIdle(dialog));
    QCOMPARE(dialog.state(), FixImportDialog::State::Imported);
    QCOMPARE(dialog.outcome()->fixes.added, 0);
    QCOMPARE(dialog.outcome()->fixes.duplicates, expected->size());
    QCOMPARE(storedFixes(office), expected->size());
}

void TestFixImportDialog::malformedFilesImportNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("problem");
    QTest::addRow("NMEA bad checksum")
        << QStringLiteral("bad-checksum.nmea") << QStringLiteral("line ") << QStringLiteral("checksum");
    QTest::addRow("NMEA binary garbage")
        << QStringLiteral("binary-garbage.nmea") << QStringLiteral("line ") << QStringLiteral("binary");
    QTest::addRow("NMEA going back in time")
        << QStringLiteral("non-monotonic.nmea") << QStringLiteral("line ") << QStringLiteral("earlier");
    QTest::addRow("GPX cut off") << QStringLiteral("gpx-truncated.gpx") << QStringLiteral("line ")
                                 << QStringLiteral("XML");
    QTest::addRow("GPX bad latitude")
        << QStringLiteral("gpx-bad-lat.gpx") << QStringLiteral("line ") << QStringLiteral("lat");
    QTest::addRow("CSV bad latitude")
        << QStringLiteral("csv-bad-lat.csv") << QStringLiteral("line 6") << QStringLiteral("lat");
    QTest::addRow("CSV unclosed quote")
        << QStringLiteral("csv-unclosed-quote.csv") << QStringLiteral("line 6") << QString();
}

void TestFixImportDialog::malformedFilesImportNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, line);
    QFETCH(QString, problem);
    MonitoredOffice office({ Device });
    FixImportDialog dialog(*office.service, office.person);
    dialog.show();
    dialog.openFile(monitoringSample(file));
    QVERIFY(waitUntilIdle(dialog));
    QCOMPARE(dialog.state(), FixImportDialog::State::ParseFailed);
    // The error names the file, the line and what is wrong, and is on screen.
    const QString error = dialog.errorText();
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY2(error.contains(line), qPrintable(error));
    QVERIFY2(error.contains(problem, Qt::CaseInsensitive), qPrintable(error));
    bool visible = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        visible |= label->isVisible() && label->text() == error;
    QVERIFY(visible);
    QVERIFY(dialog.parsedFixes().isEmpty());
    QVERIFY(!button(dialog, QStringLiteral("&Import"))->isEnabled());
    dialog.startImport(); // refused
    QCOMPARE(dialog.state(), FixImportDialog::State::ParseFailed);
    QCOMPARE(storedFixes(office), 0);
}

void TestFixImportDialog::anotherDevicesFileIsRefused()
{
    MonitoredOffice office({ Device });
    FixImportDialog dialog(*office.service, office.person);
    dialog.openFile(monitoringSample(QStringLiteral("nigran-columns.csv"))); // fixes of TAG-0042
    QVERIFY(waitUntilIdle(dialog));
    QCOMPARE(dialog.state(), FixImportDialog::State::ParseFailed);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("TAG-0042")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(Device));
    QCOMPARE(storedFixes(office), 0);
}

void TestFixImportDialog::cancelledImportStoresNothing()
{
    // A long file, so that the import is still running when Cancel is pressed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    QByteArray csv("device_id,fix_time,lat,lon\n");
    const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    constexpr int Count = 60000;
    for (int i = 0; i < Count; ++i)
        csv += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(Device, start.addSecs(15 * i).toString(Qt::ISODate))
                   .arg(31.5 + 0.00001 * (i % 500), 0, 'f', 6)
                   .arg(74.3 + 0.00001 * (i % 700), 0, 'f', 6)
                   .toUtf8();
    QVERIFY(writeAll(path, csv));

    MonitoredOffice office({ Device });
    FixImportDialog dialog(*office.service, office.person);
    dialog.show();
    dialog.openFile(path);
    QVERIFY(waitUntilIdle(dialog));
    QCOMPARE(dialog.state(), FixImportDialog::State::Parsed);
    QCOMPARE(dialog.parsedFixes().size(), Count);
    dialog.startImport();
    QCOMPARE(dialog.state(), FixImportDialog::State::Importing);
    QPushButton *cancel = button(dialog, QStringLiteral("&Cancel import"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(waitUntilIdle(dialog));
    QVERIFY(dialog.isVisible()); // Cancel stops the import; the dialog stays to say so
    QCOMPARE(dialog.state(), FixImportDialog::State::ImportFailed);
    QVERIFY2(
        dialog.errorText().contains(QStringLiteral("nothing was imported")), qPrintable(dialog.errorText()));
    QCOMPARE(storedFixes(office), 0);
}

QTEST_MAIN(TestFixImportDialog)
#include "tst_fiximportdialog.moc"
