// PDF reports: a person's register extract and the upcoming releases list, in English and Urdu.
// Each is rendered to a real PDF, page 1 is rasterised with pdftoppm (poppler-utils) and must show
// something, and the export must be in the audit log before the file exists.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "languagemanager.h"
#include "reports/reportwriter.h"

#include "services/office.h"
#include "services/registerservice.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

/// Output of a poppler tool, or a null string when it is not installed or fails.
QString runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()) + QStringLiteral(" ");
}

/// Share of the pixels of an image that are dark (ink on white paper).
double darkShare(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 128)
                ++dark;
    return double(dark) / double(qMax<qint64>(1, qint64(image.width()) * image.height()));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_out;

    /// Checks a written report: a PDF with at least `minPages` pages whose first page has ink.
    /// Keeps page 1 as <path>.png for a person to look at.
    void checkPdf(const QString &path, int minPages)
    {
        const QByteArray bytes = readAll(path);
        QVERIFY2(bytes.startsWith("%PDF"), qPrintable(path));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("pdftoppm not found: install poppler-utils (installer/install-deps.sh)");

        const QString info = runTool(QStringLiteral("pdfinfo"), { path });
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QVERIFY2(pages.captured(1).toInt() >= minPages, qPrintable(info));

        const QString png = path + QStringLiteral(".page1");
        QVERIFY(!runTool(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                path, png })
                     .isNull());
        const QImage image(png + QStringLiteral(".png"));
        QVERIFY2(!image.isNull(), "pdftoppm wrote no image");
        // A4 at 60 dpi: about 496 × 702 pixels.
        QVERIFY(image.width() > 400 && image.height() > 600);
        const double share = darkShare(image);
        QVERIFY2(share > 0.005, qPrintable(QStringLiteral("page 1 is blank (%1 dark)").arg(share)));
        QVERIFY2(share < 0.5, qPrintable(QStringLiteral("page 1 is mostly black (%1 dark)").arg(share)));
    }

    void checkUrduFont(const QString &path)
    {
        if (!QFontDatabase::families().contains(QString::fromLatin1(LanguageManager::UrduFontFamily))
            || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            return;
        const QString fonts = runTool(QStringLiteral("pdffonts"), { path });
        QVERIFY2(fonts.contains(QStringLiteral("NotoNastaliqUrdu")), qPrintable(fonts));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        if (qEnvironmentVariableIsSet("NIGRAN_KEEP_REPORTS"))
            m_out.setAutoRemove(false);
        qInfo("reports in %s", qPrintable(m_out.path()));
    }

    void extract_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addRow("english") << Language::English;
        QTest::addRow("urdu") << Language::Urdu;
    }

    void extract()
    {
        QFETCH(Language, language);
        OfficeFixture fixture;
        Office &office = fixture.session(QStringLiteral("prosecutor"));
        const QDate release = fixture.clock().nowUtc().date().addDays(45);
        const QString id = fixture.enterCompleteCase(office, 7, release);
        RegisterService service(office);
        CustodyEvent admission;
        admission.personId = id;
        admission.kind = CustodyKind::Admission;
        admission.date = release.addYears(-3);
        admission.place = QStringLiteral("Central Jail Specimen");
        NIGRAN_VERIFY_OK(service.recordCustody(admission));

        const qint64 exportsBefore = auditCount(office, "export");
        const QString path = m_out.filePath(
            QStringLiteral("extract-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        NIGRAN_VERIFY_OK(
            ReportWriter::writeExtract(service, ReportHeader::forOffice(office), id, path, language));
        QCOMPARE(auditCount(office, "export"), exportsBefore + 1);
        checkPdf(path, 1);
        if (language == Language::Urdu)
            checkUrduFont(path);
    }

    void upcomingReleases_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addRow("english") << Language::English;
        QTest::addRow("urdu") << Language::Urdu;
    }

    void upcomingReleases()
    {
        QFETCH(Language, language);
        OfficeFixture fixture;
        Office &office = fixture.session(QStringLiteral("prosecutor"));
        const QDate today = fixture.clock().nowUtc().date();
        for (int days : { 10, 45, 80, 200 })
            fixture.enterCompleteCase(office, days, today.addDays(days));
        RegisterService service(office);

        const QString path = m_out.filePath(
            QStringLiteral("releases-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        NIGRAN_VERIFY_OK(ReportWriter::writeUpcomingReleases(
            service, ReportHeader::forOffice(office), today, path, language));
        QCOMPARE(auditCount(office, "export"), 1);
        checkPdf(path, 1);
        if (language == Language::Urdu)
            checkUrduFont(path);
    }

    void refusedExportWritesNothing()
    {
        OfficeFixture fixture;
        Office &prosecutor = fixture.session(QStringLiteral("prosecutor"));
        const QString id = fixture.enterCompleteCase(prosecutor, 3);
        // Office administrators may not read case data, let alone export it.
        Office &admin = fixture.session(QStringLiteral("admin"));
        RegisterService service(admin);
        const QString path = m_out.filePath(QStringLiteral("refused.pdf"));
        const auto written = ReportWriter::writeExtract(
            service, ReportHeader::forOffice(admin), id, path, Language::English);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(auditCount(admin, "export"), 0);
    }

    void unwritableDestinationIsNotAudited()
    {
        OfficeFixture fixture;
        Office &office = fixture.session(QStringLiteral("prosecutor"));
        const QString id = fixture.enterCompleteCase(office, 4);
        RegisterService service(office);
        const QString path = m_out.filePath(QStringLiteral("no-such-folder/extract.pdf"));
        const auto written = ReportWriter::writeExtract(
            service, ReportHeader::forOffice(office), id, path, Language::English);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Io);
        QCOMPARE(auditCount(office, "export"), 0);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
