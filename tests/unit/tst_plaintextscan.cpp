// The plaintext scan of SECURITY.md: seed an office with synthetic people and a few unique markers,
// use it the way the program does (settings, logging, searches, views, errors, an open write
// transaction whose rollback journal is captured), then search every file in the office folder for
// every seeded name (Latin and Urdu, UTF-8 and UTF-16LE), CNIC (plain and dashed), FIR number and
// marker. Nothing may be found. A control file proves the scanner finds each kind of value.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "core/applog.h"
#include "core/appsettings.h"
#include "core/logcategories.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Nigran::Models;
using namespace Nigran::Testing;

class TestPlaintextScan : public QObject
{
    Q_OBJECT

    /// A byte sequence to look for, and what it is (for the failure message; never the value itself).
    struct Needle
    {
        QString label;
        QByteArray bytes;
    };

    static constexpr int People = 50;
    static constexpr qint64 FirstIndex = 7000;

    QList<Needle> m_needles;
    QSet<QByteArray> m_seen;

    static QByteArray utf16le(const QString &text)
    {
        QByteArray bytes;
        bytes.reserve(text.size() * 2);
        for (const QChar c : text) {
            bytes.append(char(c.unicode() & 0xff));
            bytes.append(char(c.unicode() >> 8));
        }
        return bytes;
    }

    static QString dashedCnic(const QString &cnic)
    {
        return QStringLiteral("%1-%2-%3").arg(cnic.left(5), cnic.mid(5, 7), cnic.right(1));
    }

    void addNeedle(const QString &label, const QByteArray &bytes)
    {
        if (bytes.size() >= 6 && !m_seen.contains(bytes)) {
            m_seen.insert(bytes);
            m_needles << Needle { label, bytes };
        }
    }

    /// A text value in every encoding it could be written in.
    void addText(const QString &label, const QString &text)
    {
        addNeedle(label + QStringLiteral(" (UTF-8)"), text.toUtf8());
        addNeedle(label + QStringLiteral(" (UTF-16LE)"), utf16le(text));
    }

    void addPerson(const Person &person, const CaseRecord &caseRecord, qint64 index)
    {
        const QString who = QStringLiteral("person %1").arg(index);
        addText(who + QStringLiteral(" Latin name"), person.nameLatin);
        addText(who + QStringLiteral(" Urdu name"), person.nameUrdu);
        addText(who + QStringLiteral(" parentage Latin name"), person.parentage.nameLatin);
        addText(who + QStringLiteral(" parentage Urdu name"), person.parentage.nameUrdu);
        addText(who + QStringLiteral(" CNIC"), *person.cnic);
        addText(who + QStringLiteral(" dashed CNIC"), dashedCnic(*person.cnic));
        addText(who + QStringLiteral(" FIR number"), caseRecord.firNumber);
    }

    /// Every (file, needle) pair found under `root`; `files` receives the files read.
    QStringList scan(const QString &root, QStringList *files) const
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QDir(root).relativeFilePath(path);
            *files << name;
            const QByteArray bytes = readAll(path);
            for (const Needle &needle : m_needles)
                if (bytes.contains(needle.bytes))
                    hits << QStringLiteral("%1: %2").arg(name, needle.label);
        }
        return hits;
    }

    /// A complete case file in one transaction, as the entry form saves it.
    static Result<QString> enterCaseFile(
        RegisterService &service, Office &office, Person person, SyntheticCaseFile &file)
    {
        auto tx = Transaction::begin(office.database());
        if (!tx)
            return tl::unexpected(tx.error());
        auto personId = service.createPerson(std::move(person), true);
        if (!personId)
            return personId;
        file.charge.personId = *personId;
        file.conviction.personId = *personId;
        auto caseId = service.saveCase(*personId, file.caseRecord);
        if (!caseId)
            return caseId;
        file.charge.caseId = *caseId;
        file.conviction.caseId = *caseId;
        NIGRAN_TRY(service.saveCharge(file.charge));
        auto convictionId = service.saveConviction(file.conviction);
        if (!convictionId)
            return convictionId;
        file.sentence.convictionId = *convictionId;
        NIGRAN_TRY(service.saveSentence(*personId, file.sentence));
        NIGRAN_TRY(tx->commit());
        return personId;
    }

private Q_SLOTS:
    void cleanup() { AppLog::uninstall(); }

    void seededValuesAreNowhereInPlaintext()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString directory = tmp.filePath(QStringLiteral("office"));
        QVERIFY(QDir().mkpath(directory));
        const QString marker = QStringLiteral("PLAINMARK%1")
                                   .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        const QString urduMarker
            = QStringLiteral("نشان%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        addText(QStringLiteral("marker"), marker);
        addText(QStringLiteral("Urdu marker"), urduMarker);

        // A small rotation size, so that rotated log files exist and are scanned too.
        AppLog::install(directory, 16 * 1024, 3);
        qCInfo(lcUi) << "office folder opened; settings version" << 1;

        OfficeFixture fixture(directory);
        {
            AppSettings settings = AppSettings::open(directory);
            NIGRAN_VERIFY_OK(settings.setLanguage(QStringLiteral("ur")));
            NIGRAN_VERIFY_OK(settings.setIdleLockMinutes(10));
            NIGRAN_VERIFY_OK(settings.setLastLogin(QStringLiteral("prosecutor")));
            NIGRAN_VERIFY_OK(settings.setOfficeDirectory(directory));
            NIGRAN_VERIFY_OK(
                settings.setCentreUrl(QUrl(QStringLiteral("https://centre.nigran.example:8443/"))));
            // The last login is a login name: a person's name is refused and changes nothing.
            QCOMPARE(settings.setLastLogin(QStringLiteral("Zarqoon Namoona")).error().code,
                ErrorCode::InvalidInput);
            QCOMPARE(settings.setIdleLockMinutes(0).error().code, ErrorCode::InvalidInput);
            NIGRAN_VERIFY_OK(settings.sync());
        }
        {
            const AppSettings settings = AppSettings::open(directory);
            QCOMPARE(settings.language(), QStringLiteral("ur"));
            QCOMPARE(settings.idleLockMinutes(), 10);
            QCOMPARE(settings.lastLogin(), QStringLiteral("prosecutor"));
            QCOMPARE(settings.officeDirectory(), QDir::cleanPath(directory));
            QVERIFY(settings.problems().isEmpty());
        }

        auto office = fixture.signIn(QStringLiteral("prosecutor"));
        RegisterService service(*office);
        const SyntheticRegister synthetic(7);
        QStringList ids;
        for (qint64 index = FirstIndex; index < FirstIndex + People; ++index) {
            Person person = synthetic.person(index, OfficeFixture::District);
            person.aliases = { QStringLiteral("Alias %1 Namoona").arg(index) };
            if (index == FirstIndex) {
                person.marks = QStringLiteral("Scar on the left hand, %1").arg(marker);
                person.description += QStringLiteral(" ") + urduMarker;
            }
            SyntheticCaseFile file = synthetic.caseFile(index, {}, OfficeFixture::District);
            addPerson(person, file.caseRecord, index);
            addText(QStringLiteral("person %1 alias").arg(index), person.aliases.first());
            auto id = enterCaseFile(service, *office, person, file);
            NIGRAN_VERIFY_OK(id);
            ids << *id;
            qCInfo(lcStore) << "entered case file for person" << *id << "case rows" << 5;
        }
        qCInfo(lcStore) << "seeded" << ids.size() << "people";

        // The paths a user takes: search by name, CNIC, Urdu name and FIR; open a file; make mistakes.
        const Person first = synthetic.person(FirstIndex, OfficeFixture::District);
        for (const QString &text : { first.nameLatin, *first.cnic, first.nameUrdu,
                 synthetic.caseFile(FirstIndex, {}, OfficeFixture::District).caseRecord.firNumber }) {
            PersonQuery query;
            query.text = text;
            auto found = service.search(query, std::nullopt, 20);
            NIGRAN_VERIFY_OK(found);
            QVERIFY(!found->isEmpty());
            qCInfo(lcUi) << "search returned" << found->size() << "rows";
        }
        auto viewed = service.viewPerson(ids.first(), QStringLiteral("plaintext scan"));
        NIGRAN_VERIFY_OK(viewed);
        QCOMPARE(viewed->person.marks, QStringLiteral("Scar on the left hand, %1").arg(marker));
        qCInfo(lcUi) << "viewed person" << ids.first() << "cases" << viewed->cases.size();
        const auto duplicate = service.createPerson(first);
        QCOMPARE(duplicate.error().code, ErrorCode::Duplicate);
        qCWarning(lcStore) << "create refused:" << duplicate.error().message;
        Person invalid = synthetic.person(FirstIndex + 1000, OfficeFixture::District);
        addPerson(invalid, synthetic.caseFile(FirstIndex + 1000, {}, OfficeFixture::District).caseRecord,
            FirstIndex + 1000);
        invalid.cnic = invalid.cnic->left(12);
        invalid.birthDate = QDate::currentDate().addDays(1);
        const auto refused = service.createPerson(invalid);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        qCWarning(lcStore) << "create refused:" << refused.error().message;
        for (const FieldError &problem : refused.error().fields)
            qCWarning(lcUi) << "field" << problem.field << problem.message;

        // Enough log lines (ids only) to rotate the log.
        auto outbox = office->database().prepare("SELECT seq, entity, row_id FROM outbox ORDER BY seq");
        QVERIFY(outbox.has_value());
        int outboxRows = 0;
        for (auto row = outbox->step(); row && *row; row = outbox->step(), ++outboxRows)
            qCInfo(lcSync) << "outbox" << outbox->int64(0) << outbox->text(1) << outbox->text(2) << "pending";
        qCInfo(lcSync) << "outbox has" << outboxRows << "entries";
        QVERIFY(outboxRows >= People * 5);

        // A write transaction left open: its rollback journal is on disk; capture it before the commit.
        const QString journalPath = Office::databasePath(directory) + QStringLiteral("-journal");
        const QString capturedJournal = QDir(directory).filePath(QStringLiteral("captured.journal"));
        {
            auto tx = Transaction::begin(office->database());
            NIGRAN_VERIFY_OK(tx);
            for (int i = 0; i < 10; ++i) { // corrections of drafts rewrite pages that hold seeded names
                Person person = service.viewPerson(ids.at(i)).value().person;
                person.marks = QStringLiteral("Corrected marks %1").arg(i);
                NIGRAN_VERIFY_OK(service.updatePerson(person));
            }
            for (qint64 index = FirstIndex + People; index < FirstIndex + People + 3; ++index) {
                const Person person = synthetic.person(index, OfficeFixture::District);
                SyntheticCaseFile file = synthetic.caseFile(index, {}, OfficeFixture::District);
                addPerson(person, file.caseRecord, index);
                NIGRAN_VERIFY_OK(enterCaseFile(service, *office, person, file));
            }
            QVERIFY2(
                QFileInfo(journalPath).size() > 0, "no rollback journal while a write transaction is open");
            QVERIFY(QFile::copy(journalPath, capturedJournal));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        QVERIFY(!QFileInfo::exists(journalPath));
        office->recordLock();
        office.reset();
        qCInfo(lcUi) << "locked; key dropped";
        AppLog::uninstall();

        // Scan every file of the office folder.
        QStringList files;
        const QStringList hits = scan(directory, &files);
        QVERIFY2(
            hits.isEmpty(), qPrintable(QStringLiteral("personal data in plaintext:\n") + hits.join(u'\n')));
        for (const QString &expected : { QStringLiteral("office.nigran"), QStringLiteral("office.keys"),
                 QStringLiteral("nigran.ini"), QStringLiteral("captured.journal"),
                 QStringLiteral("logs/nigran.log"), QStringLiteral("logs/nigran.log.1") })
            QVERIFY2(files.contains(expected), qPrintable(expected + QStringLiteral(" was not scanned")));
        qInfo("scanned %d files for %d values: %s", int(files.size()), int(m_needles.size()),
            qPrintable(files.join(QStringLiteral(", "))));

        // What was scanned is what was written: the logs hold the ids, the settings the login name.
        QByteArray logs;
        for (const char *name : { "logs/nigran.log.2", "logs/nigran.log.1", "logs/nigran.log" })
            logs += readAll(QDir(directory).filePath(QString::fromLatin1(name)));
        QVERIFY(!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("logs/nigran.log.3"))));
        QVERIFY(logs.contains("locked; key dropped"));
        QVERIFY(logs.contains(" nigran.sync: outbox has"));
        QVERIFY(logs.contains(ids.first().toLatin1()));
        QVERIFY(readAll(AppSettings::filePath(directory)).contains("prosecutor"));
        const QByteArray database = readAll(Office::databasePath(directory));
        QVERIFY(database.size() > 100 * 1024);
        QVERIFY(!database.startsWith("SQLite format 3"));

        // Control: the scanner finds each kind of value (name, CNIC, FIR, marker, in each encoding)
        // when it is there in plaintext.
        QTemporaryDir controlDir;
        QVERIFY(controlDir.isValid());
        QByteArray control = "control file\n";
        QSet<QString> kinds;
        QStringList planted;
        for (const Needle &needle : std::as_const(m_needles)) {
            const QString kind = needle.label.startsWith(QLatin1String("person "))
                ? needle.label.section(u' ', 2)
                : needle.label;
            if (!kinds.contains(kind)) {
                kinds.insert(kind);
                planted << QStringLiteral("control.bin: ") + needle.label;
                control += needle.bytes + '\n';
            }
        }
        QVERIFY(kinds.contains(QStringLiteral("Urdu name (UTF-16LE)")));
        QVERIFY(kinds.contains(QStringLiteral("dashed CNIC (UTF-8)")));
        QVERIFY(kinds.contains(QStringLiteral("FIR number (UTF-8)")));
        QVERIFY(kinds.contains(QStringLiteral("marker (UTF-8)")));
        QVERIFY(writeAll(controlDir.filePath(QStringLiteral("control.bin")), control));
        QStringList controlFiles;
        const QStringList controlHits = scan(controlDir.path(), &controlFiles);
        QCOMPARE(controlFiles, QStringList { QStringLiteral("control.bin") });
        for (const QString &label : std::as_const(planted))
            QVERIFY2(
                controlHits.contains(label), qPrintable(QStringLiteral("the scanner misses %1").arg(label)));
    }
};

QTEST_GUILESS_MAIN(TestPlaintextScan)
#include "tst_plaintextscan.moc"
