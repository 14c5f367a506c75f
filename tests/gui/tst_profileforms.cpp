// Records added or corrected from the person profile, by keyboard: custody events and monitoring
// orders (inline validation, nothing written while the core refuses), sentence corrections (a
// reason is required; the old sentence is kept as a revision), and live retranslation of an open
// form when the language changes.

#include "../common/guikeyboard.h"
#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "recordforms/custodyform.h"
#include "recordforms/monitoringorderform.h"
#include "recordforms/sentenceform.h"
#include "views/personprofileview.h"
#include "views/recorddialog.h"

#include "services/office.h"
#include "services/registerservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

/// Whether the focus is in `name` (a spin box's focus is in its own line edit).
bool focusIn(const char *name)
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (w->objectName() == QLatin1String(name))
            return true;
    return false;
}

/// Translates every string of the interface to "‹source›", so that a test can see which texts were
/// set again after a language change.
class MarkerTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!context || !QByteArray(context).startsWith("Nigran::Gui"))
            return {};
        return QStringLiteral("‹%1›").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

qint64 rowsOf(Office &office, const char *table, const QString &personId)
{
    auto stmt = office.database().prepare(
        std::string("SELECT count(*) FROM ") + table + " WHERE person_id = ? AND deleted = 0");
    stmt->bindAll(personId);
    return stmt->step().value_or(false) ? stmt->int64(0) : -1;
}

void retype(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(focus, Qt::Key_Delete);
    QTest::keyClicks(focus, text);
}

} // namespace

class TestProfileForms : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    Office *m_prosecutor = nullptr;
    Office *m_supervisor = nullptr;

    QString verifiedEntry(qint64 index)
    {
        const QString id = m_fixture->enterCompleteCase(*m_prosecutor, index);
        RegisterService supervisor(*m_supervisor);
        const auto verified = supervisor.transition(id, RegisterStatus::Verified, {});
        if (!verified)
            qWarning("cannot verify: %s", qPrintable(verified.error().message));
        return verified ? id : QString();
    }

    /// Shows the profile and waits until it has the keyboard.
    static bool showProfile(PersonProfileView &profile)
    {
        profile.show();
        if (!QTest::qWaitForWindowExposed(&profile))
            return false;
        profile.activateWindow();
        return QTest::qWaitFor([&] { return QApplication::activeWindow() == &profile; });
    }

    /// Presses the mnemonic of a profile button and returns the record dialog it opened.
    static RecordDialog *openByMnemonic(PersonProfileView &profile, Qt::Key key)
    {
        // A button's mnemonic animates the click: the dialog opens a moment later.
        QTest::keyClick(
            QApplication::focusWidget() ? QApplication::focusWidget() : &profile, key, Qt::AltModifier);
        if (!QTest::qWaitFor([&] { return profile.recordDialog() != nullptr; }))
            return nullptr;
        RecordDialog *dialog = profile.recordDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        dialog->activateWindow();
        return QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }) ? dialog : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<OfficeFixture>();
        m_prosecutor = &m_fixture->session(QStringLiteral("prosecutor"));
        m_supervisor = &m_fixture->session(QStringLiteral("supervisor"));
    }

    void cleanup()
    {
        m_prosecutor = m_supervisor = nullptr;
        m_fixture.reset();
    }

    void buttonsFollowTheRole_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("custody");
        QTest::addColumn<bool>("monitoring");
        QTest::addColumn<bool>("sentence");
        QTest::addRow("prosecutor") << QStringLiteral("prosecutor") << true << false << true;
        QTest::addRow("district supervisor") << QStringLiteral("supervisor") << true << true << true;
    }

    void buttonsFollowTheRole()
    {
        QFETCH(QString, login);
        QFETCH(bool, custody);
        QFETCH(bool, monitoring);
        QFETCH(bool, sentence);
        const QString id = verifiedEntry(1);
        QVERIFY(!id.isEmpty());
        Office &office = m_fixture->session(login);
        RegisterService service(office);
        PersonProfileView profile(office, service, id);
        QVERIFY(showProfile(profile));
        QCOMPARE(profile.custodyButton() != nullptr, custody);
        QCOMPARE(profile.monitoringButton() != nullptr, monitoring);
        QCOMPARE(profile.sentenceButton() != nullptr, sentence);
        if (sentence) // past the draft stage a sentence change is a correction
            QCOMPARE(profile.sentenceButton()->text(), QStringLiteral("C&orrect sentence…"));
    }

    void custodyEventByKeyboard()
    {
        const QString id = verifiedEntry(2);
        QVERIFY(!id.isEmpty());
        RegisterService service(*m_supervisor);
        PersonProfileView profile(*m_supervisor, service, id);
        QVERIFY(showProfile(profile));
        const qint64 before = rowsOf(*m_supervisor, "custody_events", id);

        RecordDialog *dialog = openByMnemonic(profile, Qt::Key_U);
        QVERIFY(dialog);
        QVERIFY(!dialog->isCorrection());
        auto *form = qobject_cast<CustodyForm *>(dialog->form());
        QVERIFY(form);
        QCOMPARE(focusName(), QStringLiteral("custodyKindCombo"));
        press(Qt::Key_Down); // transfer
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("custodyDateEdit"));
        type(QStringLiteral("2024-13-01"));
        // Inline: the bad date is named beside the field as soon as it is typed.
        QVERIFY(form->errorText(QStringLiteral("date")).contains(QStringLiteral("2024-13-01")));
        retype(QStringLiteral("2024-03-01"));
        QVERIFY(form->errorText(QStringLiteral("date")).isEmpty());
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("custodyPlaceEdit"));

        // Saving without a place: the problem is shown beside it and nothing is written.
        press(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(!form->errorText(QStringLiteral("place")).isEmpty());
        QVERIFY(!dialog->summaryLabel()->text().isEmpty());
        QCOMPARE(focusName(), QStringLiteral("custodyPlaceEdit"));
        QCOMPARE(rowsOf(*m_supervisor, "custody_events", id), before);

        type(QStringLiteral("District Jail Namoona"));
        QVERIFY(form->errorText(QStringLiteral("place")).isEmpty());
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("custodyNoteEdit"));
        type(QStringLiteral("moved after a court order"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!profile.recordDialog());

        QCOMPARE(rowsOf(*m_supervisor, "custody_events", id), before + 1);
        QVERIFY(profile.file());
        const auto found = std::find_if(profile.file()->custody.cbegin(), profile.file()->custody.cend(),
            [](const CustodyEvent &e) { return e.date == QDate(2024, 3, 1); });
        QVERIFY(found != profile.file()->custody.cend());
        QCOMPARE(found->kind, CustodyKind::Transfer);
        QCOMPARE(found->place, QStringLiteral("District Jail Namoona"));
        QCOMPARE(found->note, QStringLiteral("moved after a court order"));
    }

    void prosecutorMayNotRecordARelease()
    {
        const QString id = verifiedEntry(3);
        QVERIFY(!id.isEmpty());
        RegisterService service(*m_prosecutor);
        PersonProfileView profile(*m_prosecutor, service, id);
        QVERIFY(showProfile(profile));
        RecordDialog *dialog = openByMnemonic(profile, Qt::Key_U);
        QVERIFY(dialog);
        const WriteCounts before = writeCounts(*m_prosecutor);
        press(Qt::Key_Down);
        press(Qt::Key_Down); // release
        press(Qt::Key_Tab);
        type(QStringLiteral("2024-03-01"));
        press(Qt::Key_Tab);
        type(QStringLiteral("District Jail Namoona"));
        press(Qt::Key_Return);
        // The core refuses (release is the supervisor's): shown, nothing written, the dialog stays.
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->summaryLabel()->text().startsWith(QStringLiteral("Nothing was saved.")));
        QCOMPARE(writeCounts(*m_prosecutor), before);
    }

    void monitoringOrderByKeyboard()
    {
        const QString id = verifiedEntry(4);
        QVERIFY(!id.isEmpty());
        RegisterService service(*m_supervisor);
        PersonProfileView profile(*m_supervisor, service, id);
        QVERIFY(showProfile(profile));
        RecordDialog *dialog = openByMnemonic(profile, Qt::Key_G);
        QVERIFY(dialog);
        auto *form = qobject_cast<MonitoringOrderForm *>(dialog->form());
        QVERIFY(form);

        QCOMPARE(focusName(), QStringLiteral("monitoringStartEdit"));
        type(QStringLiteral("2025-01-01"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("lifetimeCheck"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("monitoringEndEdit"));
        type(QStringLiteral("2024-12-01"));
        QVERIFY(form->errorText(QStringLiteral("endDate")).contains(QStringLiteral("2025-01-01")));
        retype(QStringLiteral("2027-01-01"));
        QVERIFY(form->errorText(QStringLiteral("endDate")).isEmpty());
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("deviceIdEdit"));
        press(Qt::Key_Tab);
        QVERIFY(focusIn("reportingDaysSpin"));
        type(QStringLiteral("7"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("monitoringStatusCombo"));
        press(Qt::Key_Down); // active: needs a device id

        const WriteCounts before = writeCounts(*m_supervisor);
        press(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(!form->errorText(QStringLiteral("deviceId")).isEmpty());
        QCOMPARE(focusName(), QStringLiteral("deviceIdEdit"));
        QCOMPARE(writeCounts(*m_supervisor), before);

        type(QStringLiteral("TAG-0001"));
        QVERIFY(form->errorText(QStringLiteral("deviceId")).isEmpty());
        press(Qt::Key_Return);
        QTRY_VERIFY(!profile.recordDialog());
        QCOMPARE(rowsOf(*m_supervisor, "monitoring_orders", id), 1);
        QCOMPARE(profile.file()->monitoringOrders.size(), 1);
        const MonitoringOrder &order = profile.file()->monitoringOrders.first();
        QCOMPARE(order.startDate, QDate(2025, 1, 1));
        QCOMPARE(order.endDate, QDate(2027, 1, 1));
        QCOMPARE(order.deviceId, QStringLiteral("TAG-0001"));
        QCOMPARE(order.reportingFrequencyDays, 7);
        QCOMPARE(order.status, MonitoringStatus::Active);
    }

    void lifetimeOrderHasNoEndDate()
    {
        MonitoringOrderForm form;
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *end = form.findChild<QLineEdit *>(QStringLiteral("monitoringEndEdit"));
        auto *lifetime = form.findChild<QCheckBox *>(QStringLiteral("lifetimeCheck"));
        end->setFocus();
        type(QStringLiteral("2030-01-01"));
        lifetime->setFocus();
        press(Qt::Key_Space);
        QVERIFY(lifetime->isChecked());
        QVERIFY(!end->isEnabled());
        QVERIFY(!form.order().endDate.isValid());
        QVERIFY(form.order().isLifetime);
    }

    void sentenceCorrectionNeedsReasonAndKeepsRevision()
    {
        const QString id = verifiedEntry(5);
        QVERIFY(!id.isEmpty());
        RegisterService service(*m_prosecutor);
        PersonProfileView profile(*m_prosecutor, service, id);
        QVERIFY(showProfile(profile));
        QVERIFY(profile.file());
        QCOMPARE(profile.file()->sentences.size(), 1);
        const Sentence original = profile.file()->sentences.first();

        RecordDialog *dialog = openByMnemonic(profile, Qt::Key_O);
        QVERIFY(dialog);
        QVERIFY(dialog->isCorrection());
        auto *form = qobject_cast<SentenceForm *>(dialog->form());
        QVERIFY(form);
        // Prefilled from the file: unchanged, the form gives back the same sentence.
        Sentence shown = form->sentence();
        shown.id = original.id;
        shown.convictionId = original.convictionId;
        QCOMPARE(shown, original);

        auto *credit = form->findChild<QSpinBox *>(QStringLiteral("creditDaysSpin"));
        QVERIFY(credit);
        credit->setFocus();
        retype(QString::number(original.preTrialCustodyDays + 30));
        const qint64 revisions = count(*m_prosecutor, "SELECT count(*) FROM revisions");

        // Without a reason the core refuses: the reason's problem beside it, nothing written.
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!dialog->reasonError()->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(focusName(), QStringLiteral("reasonEdit"));
        QCOMPARE(count(*m_prosecutor, "SELECT count(*) FROM revisions"), revisions);

        type(QStringLiteral("credit for custody before trial was left out"));
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!profile.recordDialog());
        QCOMPARE(count(*m_prosecutor, "SELECT count(*) FROM revisions"), revisions + 1);
        QCOMPARE(profile.file()->sentences.size(), 1);
        const Sentence saved = profile.file()->sentences.first();
        QCOMPARE(saved.id, original.id);
        QCOMPARE(saved.preTrialCustodyDays, original.preTrialCustodyDays + 30);
        QCOMPARE(saved.components, original.components);
    }

    void draftSentenceIsEditedWithoutReason()
    {
        const QString id = m_fixture->enterCompleteCase(*m_prosecutor, 6);
        RegisterService service(*m_prosecutor);
        PersonProfileView profile(*m_prosecutor, service, id);
        QVERIFY(showProfile(profile));
        QVERIFY(profile.sentenceButton());
        QCOMPARE(profile.sentenceButton()->text(), QStringLiteral("Edit sente&nce…"));
        RecordDialog *dialog = openByMnemonic(profile, Qt::Key_N);
        QVERIFY(dialog);
        QVERIFY(!dialog->isCorrection());
        QVERIFY(!dialog->reasonEdit());
        auto *credit = dialog->form()->findChild<QSpinBox *>(QStringLiteral("creditDaysSpin"));
        credit->setFocus();
        retype(QStringLiteral("12"));
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!profile.recordDialog());
        QCOMPARE(profile.file()->sentences.first().preTrialCustodyDays, 12);
        QCOMPARE(count(*m_prosecutor, "SELECT count(*) FROM revisions"), 0);
    }

    void openDialogRetranslates_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("englishTitle");
        QTest::addRow("custody event") << int(Qt::Key_U) << QStringLiteral("Record a custody event");
        QTest::addRow("monitoring order") << int(Qt::Key_G) << QStringLiteral("Add a monitoring order");
        QTest::addRow("sentence correction") << int(Qt::Key_O) << QStringLiteral("Correct sentence 1");
    }

    void openDialogRetranslates()
    {
        QFETCH(int, key);
        QFETCH(QString, englishTitle);
        const QString id = verifiedEntry(7);
        QVERIFY(!id.isEmpty());
        RegisterService service(*m_supervisor);
        PersonProfileView profile(*m_supervisor, service, id);
        QVERIFY(showProfile(profile));
        RecordDialog *dialog = openByMnemonic(profile, Qt::Key(key));
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), englishTitle);
        QCOMPARE(dialog->saveButton()->text(), QStringLiteral("&Save"));
        auto *firstCaption = [&]() -> QLabel * {
            for (QLabel *label : dialog->form()->findChildren<QLabel *>())
                if (label->buddy() == dialog->form()->focusOrder().value(0))
                    return label;
            return nullptr;
        }();
        QVERIFY(firstCaption);
        const QString englishCaption = firstCaption->text();
        // A problem shown in English before the switch is shown translated after it.
        press(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->summaryLabel()->text().startsWith(QStringLiteral("Nothing was saved")));

        MarkerTranslator marker;
        QVERIFY(QCoreApplication::installTranslator(&marker));
        QTRY_VERIFY(dialog->windowTitle().startsWith(QStringLiteral("‹")));
        QVERIFY(dialog->windowTitle().contains(englishTitle.section(QLatin1Char(' '), 0, 1)));
        QCOMPARE(dialog->saveButton()->text(), QStringLiteral("‹&Save›"));
        QVERIFY(dialog->summaryLabel()->text().startsWith(QStringLiteral("‹Nothing was saved")));
        if (key != Qt::Key_O) // the sentence form's own labels are set once (not yet retranslated)
            QCOMPARE(firstCaption->text(), QStringLiteral("‹%1›").arg(englishCaption));
        if (auto *kind = dialog->form()->findChild<QComboBox *>(QStringLiteral("custodyKindCombo")))
            QCOMPARE(kind->itemText(0), QStringLiteral("‹Admission to custody›"));
        if (dialog->reasonEdit())
            QVERIFY(dialog->reasonEdit()->accessibleName().startsWith(QStringLiteral("‹")));
        // The profile's buttons follow too.
        QVERIFY(profile.custodyButton()->text().startsWith(QStringLiteral("‹")));

        QVERIFY(QCoreApplication::removeTranslator(&marker));
        QTRY_COMPARE(dialog->windowTitle(), englishTitle);
        QCOMPARE(firstCaption->text(), englishCaption);
        QCOMPARE(dialog->saveButton()->text(), QStringLiteral("&Save"));
    }
};

QTEST_MAIN(TestProfileForms)
#include "tst_profileforms.moc"
