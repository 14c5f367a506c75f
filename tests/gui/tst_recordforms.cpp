// The record forms and the New register entry dialog, driven like a prosecutor would: a complete case
// entered by keyboard only, live validation beside the fields and in the summary, the duplicate
// warning, and the offence picker's registrability markers.

#include "../common/guikeyboard.h"
#include "../common/officefixture.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "recordforms/caseform.h"
#include "recordforms/chargeform.h"
#include "recordforms/convictionform.h"
#include "recordforms/newentrydialog.h"
#include "recordforms/personform.h"
#include "recordforms/sentenceform.h"
#include "views/editpersondialog.h"
#include "views/reasondialog.h"

#include "domain/cnic.h"
#include "itemmodels/personlistmodel.h"
#include "services/office.h"
#include "services/registerservice.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

/// Presses Tab until `name` has the focus (at most `limit` times).
bool tabTo(const char *name, int limit = 20)
{
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // A spin box's focus is in its own line edit.
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
            if (w->objectName() == QLatin1String(name))
                return true;
    }
    return false;
}

/// What a probe reads from a widget: the text of the label whose buddy it is, its own text, its
/// placeholder, accessible name, a combo item ("item1"), or its window title.
QString probe(QWidget *root, const QString &objectName, const QString &what)
{
    QWidget *widget = objectName.isEmpty() ? root : root->findChild<QWidget *>(objectName);
    if (!widget)
        return QStringLiteral("<no widget %1>").arg(objectName);
    if (what == QLatin1String("label")) {
        for (const QLabel *label : root->findChildren<QLabel *>())
            if (label->buddy() == widget)
                return label->text();
        return QStringLiteral("<no label>");
    }
    if (what == QLatin1String("text")) {
        if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            return button->text();
        return QStringLiteral("<no text>");
    }
    if (what == QLatin1String("placeholder")) {
        if (const auto *edit = qobject_cast<QLineEdit *>(widget))
            return edit->placeholderText();
        if (const auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
            return combo->lineEdit()->placeholderText();
        return QStringLiteral("<no placeholder>");
    }
    if (what == QLatin1String("accessibleName"))
        return widget->accessibleName();
    if (what.startsWith(QLatin1String("item"))) {
        if (const auto *combo = qobject_cast<QComboBox *>(widget))
            return combo->itemText(what.mid(4).toInt());
        return QStringLiteral("<no combo>");
    }
    if (what == QLatin1String("windowTitle"))
        return widget->windowTitle();
    return QStringLiteral("<unknown probe %1>").arg(what);
}

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

} // namespace

class TestRecordForms : public QObject
{
    Q_OBJECT

private:
    /// Fills the person step by keyboard, from the focus on the Latin name to the phones.
    void typePerson(const QString &name, const QString &cnic, const QString &birthDate)
    {
        QCOMPARE(focusName(), QStringLiteral("nameLatinEdit"));
        type(name);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("nameUrduEdit"));
        commit(QStringLiteral("عمران نمونہ"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("parentageRelationCombo"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Akbar Namoona"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("aliasesEdit"));
        type(QStringLiteral("Mani, Imi"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("birthDateEdit"));
        type(birthDate);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("genderCombo"));
        type(QStringLiteral("M"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("cnicEdit"));
        type(cnic);
        QVERIFY(tabTo("phonesEdit"));
        type(QStringLiteral("03001234567"));
    }

private Q_SLOTS:
    void prosecutorEntersCompleteCaseByKeyboard()
    {
        OfficeFixture fixture;
        Office &office = fixture.session(QStringLiteral("prosecutor"));
        MainWindow window;
        window.setSession(office);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.personTable()->model()->rowCount(), 0);
        QVERIFY(window.newEntryAction()->isEnabled());
        QCOMPARE(window.newEntryAction()->shortcut(), QKeySequence(QKeySequence::New));

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QPointer<NewEntryDialog> dialog = window.findChild<NewEntryDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // The dialog is a separate window: wait until it has the keyboard.
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), dialog.data());
        QSignalSpy saved(dialog.data(), &NewEntryDialog::entrySaved);
        QCOMPARE(dialog->currentStep(), NewEntryDialog::PersonStep);

        // Person.
        typePerson(
            QStringLiteral("Imran Namoona"), QStringLiteral("3520212345671"), QStringLiteral("1990-05-14"));
        QVERIFY(dialog->personForm()->errorText(QStringLiteral("cnic")).isEmpty());
        QCOMPARE(dialog->personForm()->person().cnic, QStringLiteral("3520212345671"));
        QCOMPARE(dialog->personForm()->person().gender, Gender::Male);
        QCOMPARE(dialog->personForm()->person().residenceDistrict, OfficeFixture::District);
        press(Qt::Key_Return);
        QCOMPARE(dialog->currentStep(), NewEntryDialog::CaseStep);
        QVERIFY(dialog->summaryText().isEmpty());

        // Case.
        QCOMPARE(focusName(), QStringLiteral("firNumberEdit"));
        type(QStringLiteral("123/2023"));
        press(Qt::Key_Tab);
        type(QStringLiteral("2023-03-01"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Model Town"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("caseDistrictCombo"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Special Court, Lahore"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("specialCourtCheck"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        type(QStringLiteral("SC-45/2023"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Judge Namoona"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Prosecutor Namoona"));
        // Back and forth with Alt+N / Alt+B.
        // (a button's shortcut animates the click: it lands a moment later)
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(dialog->currentStep(), NewEntryDialog::ChargeStep);
        QCOMPARE(focusName(), QStringLiteral("offenceCombo"));
        press(Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(dialog->currentStep(), NewEntryDialog::CaseStep);
        QVERIFY(tabTo("prosecutorEdit"));
        press(Qt::Key_Return);
        QCOMPARE(dialog->currentStep(), NewEntryDialog::ChargeStep);

        // Charge: the offence is found by typing its code.
        QCOMPARE(focusName(), QStringLiteral("offenceCombo"));
        type(QStringLiteral("376"));
        QCOMPARE(dialog->chargeForm()->charge().offenceCode, QStringLiteral("PPC 376"));
        QVERIFY(child<QLabel>(dialog, "registrableLabel")
                    ->text()
                    .contains(QStringLiteral("registrable (s.2(h))")));
        press(Qt::Key_Tab);
        type(QStringLiteral("C"));
        press(Qt::Key_Tab);
        type(QStringLiteral("F"));
        press(Qt::Key_Tab);
        type(QStringLiteral("S"));
        QCOMPARE(dialog->chargeForm()->charge().victimAgeBand, VictimAgeBand::Child);
        QCOMPARE(dialog->chargeForm()->charge().victimGender, Gender::Female);
        QCOMPARE(dialog->chargeForm()->charge().relationship, Relationship::Stranger);
        press(Qt::Key_Return);
        QCOMPARE(dialog->currentStep(), NewEntryDialog::ConvictionStep);

        // Conviction: court and section come from the case and the charge.
        QCOMPARE(focusName(), QStringLiteral("judgmentDateEdit"));
        type(QStringLiteral("2024-01-31"));
        QCOMPARE(
            child<QLineEdit>(dialog, "convictionCourtEdit")->text(), QStringLiteral("Special Court, Lahore"));
        QCOMPARE(child<QLineEdit>(dialog, "sectionsEdit")->text(), QStringLiteral("PPC 376"));
        QVERIFY(tabTo("finalCheck"));
        press(Qt::Key_Space);
        press(Qt::Key_Return);
        QCOMPARE(dialog->currentStep(), NewEntryDialog::SentenceStep);

        // Sentence: 10 y 1 m rigorous from 2024-01-31, 10 days' credit.
        // 2024-01-31 + 10 y = 2034-01-31; + 1 m = 2034-02-28 (clamped); − 10 d = 2034-02-18.
        QCOMPARE(focusName(), QStringLiteral("startDateEdit"));
        QCOMPARE(child<QLineEdit>(dialog, "startDateEdit")->text(), QStringLiteral("2024-01-31"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("10"));
        press(Qt::Key_Tab);
        type(QStringLiteral("1"));
        QCOMPARE(dialog->sentenceForm()->expectedReleaseText(), QStringLiteral("2034-02-28"));
        QVERIFY(tabTo("creditDaysSpin"));
        type(QStringLiteral("10"));
        QCOMPARE(dialog->sentenceForm()->expectedReleaseText(), QStringLiteral("2034-02-18"));
        QVERIFY(child<QLabel>(dialog, "expectedReleaseLabel")->text().contains(QStringLiteral("2034-02-18")));
        QVERIFY(!dialog->sentenceForm()->ledger()->steps().isEmpty());
        QCOMPARE(dialog->sentenceForm()->sentence().components.first().offenceSection, QStringLiteral("376"));
        press(Qt::Key_Return);

        QTRY_COMPARE(saved.count(), 1);
        const QString id = saved.first().first().toString();
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(window.personTable()->model()->rowCount(), 1);
        QCOMPARE(window.personModel()->summary(0)->id, id);
        QCOMPARE(window.personModel()->summary(0)->expectedRelease, QDate(2034, 2, 18));

        RegisterService service(office);
        const auto file = service.viewPerson(id, QStringLiteral("test"));
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        QCOMPARE(file->person.nameLatin, QStringLiteral("Imran Namoona"));
        QCOMPARE(file->person.aliases, QStringList({ QStringLiteral("Mani"), QStringLiteral("Imi") }));
        QCOMPARE(file->cases.size(), 1);
        QCOMPARE(file->cases.first().firNumber, QStringLiteral("123/2023"));
        QVERIFY(file->cases.first().isSpecialCourt);
        QCOMPARE(file->charges.size(), 1);
        QCOMPARE(file->charges.first().offenceCode, QStringLiteral("PPC 376"));
        QCOMPARE(file->convictions.size(), 1);
        QCOMPARE(file->convictions.first().judgmentDate, QDate(2024, 1, 31));
        QVERIFY(file->convictions.first().isFinal);
        QCOMPARE(file->sentences.size(), 1);
        QCOMPARE(file->sentences.first().preTrialCustodyDays, 10);
        QCOMPARE(file->expectedRelease, QDate(2034, 2, 18));
    }

    void newEntryNeedsCreateRight()
    {
        OfficeFixture fixture;
        MainWindow window;
        QVERIFY(!window.newEntryAction()->isEnabled());
        window.setSession(fixture.session(QStringLiteral("admin")));
        QVERIFY(!window.newEntryAction()->isEnabled());
        window.showNewEntryDialog();
        QVERIFY(!window.findChild<NewEntryDialog *>());
        window.setSession(fixture.session(QStringLiteral("prosecutor")));
        QVERIFY(window.newEntryAction()->isEnabled());
        window.showNewEntryDialog();
        QVERIFY(window.findChild<NewEntryDialog *>());
        // Locking closes it with the office's data.
        window.clearSession();
        QTRY_VERIFY(!window.findChild<NewEntryDialog *>());
    }

    void invalidInputIsShownAndNothingIsSaved()
    {
        OfficeFixture fixture;
        Office &office = fixture.session(QStringLiteral("prosecutor"));
        RegisterService service(office);
        const WriteCounts before = writeCounts(office);
        NewEntryDialog dialog(office, service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        const QString future = QDate::currentDate().addYears(1).toString(Qt::ISODate);
        typePerson(QStringLiteral("Invalid Namoona"), QStringLiteral("352021234567"), future);
        // Beside the fields, as typed.
        PersonForm *person = dialog.personForm();
        QVERIFY2(person->errorText(QStringLiteral("cnic")).contains(QStringLiteral("13 digits, not 12")),
            qPrintable(person->errorText(QStringLiteral("cnic"))));
        QVERIFY(child<QLabel>(&dialog, "cnicEditError")->isVisible());
        QVERIFY(person->errorText(QStringLiteral("birthDate")).contains(QStringLiteral("future")));
        QVERIFY(child<QLabel>(&dialog, "birthDateEditError")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "cnicEdit")->accessibleDescription().isEmpty());
        QVERIFY(person->errorText(QStringLiteral("nameLatin")).isEmpty());

        // Next stays, lists both, and puts the focus on the first.
        press(Qt::Key_Return);
        QCOMPARE(dialog.currentStep(), NewEntryDialog::PersonStep);
        QVERIFY(dialog.summaryText().contains(QStringLiteral("13 digits, not 12")));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("future")));
        QCOMPARE(focusName(), QStringLiteral("birthDateEdit"));
        QCOMPARE(writeCounts(office), before);

        // Corrected, the entry goes on; broken again behind the user's back, Save refuses and says why.
        auto *birth = child<QLineEdit>(&dialog, "birthDateEdit");
        birth->selectAll();
        type(QStringLiteral("1985-02-03"));
        QVERIFY(person->errorText(QStringLiteral("birthDate")).isEmpty());
        auto *cnic = child<QLineEdit>(&dialog, "cnicEdit");
        cnic->setFocus();
        cnic->selectAll();
        type(QStringLiteral("3520212345671"));
        QVERIFY(person->errorText(QStringLiteral("cnic")).isEmpty());
        press(Qt::Key_Return);
        QCOMPARE(dialog.currentStep(), NewEntryDialog::CaseStep);
        // The case step refuses an empty form: every required field is named.
        press(Qt::Key_Return);
        QCOMPARE(dialog.currentStep(), NewEntryDialog::CaseStep);
        QVERIFY(dialog.summaryText().contains(QStringLiteral("FIR number")));
        QVERIFY(!child<QLabel>(&dialog, "firNumberEditError")->text().isEmpty());
        type(QStringLiteral("7/2023"));
        press(Qt::Key_Tab);
        type(QStringLiteral("2023-01-10"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Civil Lines"));
        press(Qt::Key_Return);
        QCOMPARE(dialog.currentStep(), NewEntryDialog::ChargeStep);
        type(QStringLiteral("PPC 377"));
        press(Qt::Key_Tab);
        press(Qt::Key_Return);
        QCOMPARE(dialog.currentStep(), NewEntryDialog::ConvictionStep);
        type(QStringLiteral("2024-01-31"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Sessions Court"));
        press(Qt::Key_Return);
        QVERIFY2(dialog.currentStep() == NewEntryDialog::SentenceStep,
            qPrintable(QString::number(dialog.currentStep()) + dialog.summaryText() + focusName()));
        // No term yet: the ledger cannot be computed, and the components table says why.
        QVERIFY(dialog.sentenceForm()->expectedReleaseText().isEmpty());
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("2"));
        QCOMPARE(dialog.sentenceForm()->expectedReleaseText(), QStringLiteral("2026-01-31"));

        cnic->setText(QStringLiteral("35202-123456"));
        press(Qt::Key_Return);
        QCOMPARE(dialog.currentStep(), NewEntryDialog::PersonStep);
        QVERIFY(dialog.summaryText().contains(QStringLiteral("Nothing was saved")));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("13 digits, not 11")));
        QVERIFY(person->errorText(QStringLiteral("cnic")).contains(QStringLiteral("13 digits, not 11")));
        QCOMPARE(focusName(), QStringLiteral("cnicEdit"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(writeCounts(office), before);
        QCOMPARE(service.count({}).value_or(-1), 0);
    }

    void duplicateWarningForSameCnic()
    {
        OfficeFixture fixture;
        Office &office = fixture.session(QStringLiteral("prosecutor"));
        fixture.addPeople(office, 1);
        const Person existing = SyntheticRegister().person(0, OfficeFixture::District);
        RegisterService service(office);
        NewEntryDialog dialog(office, service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        typePerson(QStringLiteral("Someone Else"), SyntheticRegister::cnic(0), QStringLiteral("1991-07-01"));
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(dialog.currentStep(), NewEntryDialog::DuplicatesStep);
        auto *candidates = child<QTableWidget>(&dialog, "candidatesTable");
        QCOMPARE(candidates->rowCount(), 1);
        QCOMPARE(candidates->item(0, 0)->text(), existing.nameLatin);
        QCOMPARE(candidates->item(0, 2)->text(), Cnic::parse(SyntheticRegister::cnic(0))->formatted());
        QCOMPARE(candidates->item(0, 3)->text(), existing.birthDate.toString(Qt::ISODate));
        QVERIFY(candidates->item(0, 4)->text().contains(QStringLiteral("CNIC")));
        QVERIFY(child<QPushButton>(&dialog, "createAnywayButton")->isVisible());

        // Return takes the safe way: back to the person, nothing created.
        press(Qt::Key_Return);
        QCOMPARE(dialog.currentStep(), NewEntryDialog::PersonStep);
        QCOMPARE(service.count({}).value_or(-1), 1);

        // Next again warns again; "different person" goes on to the case.
        child<QLineEdit>(&dialog, "nameLatinEdit")->setFocus();
        press(Qt::Key_Return);
        QCOMPARE(dialog.currentStep(), NewEntryDialog::DuplicatesStep);
        QVERIFY(tabTo("createAnywayButton", 3));
        press(Qt::Key_Space);
        QCOMPARE(dialog.currentStep(), NewEntryDialog::CaseStep);
        QCOMPARE(service.count({}).value_or(-1), 1);
    }

    // Switching the language while a form is open retranslates it: labels, buttons, placeholders,
    // accessible names, combo items, titles; and back again.
    void retranslatesWhileOpen_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("urdu");
        const auto row = [](const char *form, const char *object, const char *what, const QString &english,
                             const QString &urdu) {
            QTest::addRow("%s %s %s", form, object, what)
                << QString::fromLatin1(form) << QString::fromLatin1(object) << QString::fromLatin1(what)
                << english << urdu;
        };
        row("person", "nameLatinEdit", "label", QStringLiteral("Name (English letters):"),
            QStringLiteral("نام (انگریزی حروف میں):"));
        row("person", "aliasesEdit", "placeholder", QStringLiteral("Separate aliases with commas"),
            QStringLiteral("عرفیتیں کاما سے الگ کریں"));
        row("person", "addAddressButton", "text", QStringLiteral("Add address"),
            QStringLiteral("پتا شامل کریں"));
        row("person", "addressesTable", "accessibleName", QStringLiteral("Address history"),
            QStringLiteral("پتوں کا ریکارڈ"));
        row("case", "firNumberEdit", "label", QStringLiteral("FIR number:"),
            QStringLiteral("ایف آئی آر نمبر:"));
        row("case", "specialCourtCheck", "label", QStringLiteral("Court type:"),
            QStringLiteral("عدالت کی قسم:"));
        row("charge", "offenceCombo", "label", QStringLiteral("Offence:"), QStringLiteral("جرم:"));
        row("charge", "victimAgeBandCombo", "item0", QStringLiteral("Child (under 18)"),
            QStringLiteral("بچہ (18 سال سے کم)"));
        row("charge", "victimAgeBandCombo", "label", QStringLiteral("Victim's age:"),
            QStringLiteral("متاثرہ فرد کی عمر:"));
        row("conviction", "judgmentDateEdit", "label", QStringLiteral("Judgment date:"),
            QStringLiteral("تاریخِ فیصلہ:"));
        row("conviction", "appealStatusCombo", "item1", QStringLiteral("Appeal pending"),
            QStringLiteral("اپیل زیرِ سماعت"));
        row("sentence", "startDateEdit", "label",
            QStringLiteral("Sentence starts on (usually the judgment date):"),
            QStringLiteral("سزا کا آغاز (عموماً تاریخِ فیصلہ):"));
        row("sentence", "removeComponentButton", "text", QStringLiteral("Remove component"),
            QStringLiteral("جزو ہٹائیں"));
        row("newEntry", "", "windowTitle", QStringLiteral("New register entry"),
            QStringLiteral("رجسٹر میں نیا اندراج"));
        row("newEntry", "nextButton", "text", QStringLiteral("&Next"), QStringLiteral("آگے (&N)"));
        row("newEntry", "nameLatinEdit", "label", QStringLiteral("Name (English letters):"),
            QStringLiteral("نام (انگریزی حروف میں):"));
        row("editPerson", "", "windowTitle", QStringLiteral("Edit Ahmad Namoona"),
            QStringLiteral("Ahmad Namoona کے کوائف میں ترمیم"));
        row("reason", "endReasonBox", "accessibleName", QStringLiteral("Why the entry ends"),
            QStringLiteral("اندراج ختم ہونے کی وجہ"));
        row("reason", "reasonEdit", "label", QStringLiteral("&Reason:"), QStringLiteral("وجہ (&R):"));
    }

    void retranslatesWhileOpen()
    {
        QFETCH(QString, form);
        QFETCH(QString, object);
        QFETCH(QString, what);
        QFETCH(QString, english);
        QFETCH(QString, urdu);
        OfficeFixture fixture;
        Office &office = fixture.session(QStringLiteral("prosecutor"));
        RegisterService service(office);
        LanguageManager languages;
        languages.setLanguage(Language::English);
        // The client has its catalogues as resources; a test binary has not. The build compiles the
        // Urdu catalogue next to the test binaries (for tst_screenshots): install it from there, and
        // let LanguageManager switch the language (direction, font, the change event) as in the client.
        QTranslator urduCatalogue;
        const QString catalogue = QCoreApplication::applicationDirPath() + QStringLiteral("/nigran_ur.qm");
        if (!urduCatalogue.load(catalogue))
            QFAIL("The Urdu catalogue was not built next to the test (target tst_screenshots_lrelease)");
        std::unique_ptr<QWidget> widget;
        if (form == QLatin1String("person")) {
            widget = std::make_unique<PersonForm>();
        } else if (form == QLatin1String("case")) {
            widget = std::make_unique<CaseForm>();
        } else if (form == QLatin1String("charge")) {
            widget = std::make_unique<ChargeForm>();
        } else if (form == QLatin1String("conviction")) {
            widget = std::make_unique<ConvictionForm>();
        } else if (form == QLatin1String("sentence")) {
            widget = std::make_unique<SentenceForm>();
        } else if (form == QLatin1String("newEntry")) {
            widget = std::make_unique<NewEntryDialog>(office, service);
        } else if (form == QLatin1String("reason")) {
            widget = std::make_unique<ReasonDialog>(QStringLiteral("End"), QStringLiteral("Why?"), true,
                [](const QString &, std::optional<EndReason>) { return QString(); });
        } else if (form == QLatin1String("editPerson")) {
            Person person = SyntheticRegister().person(0, OfficeFixture::District);
            person.nameLatin = QStringLiteral("Ahmad Namoona");
            const auto created = service.createPerson(person, true);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            const auto file = service.viewPerson(*created, QStringLiteral("test"));
            QVERIFY(file);
            widget = std::make_unique<EditPersonDialog>(service, *file);
        }
        QVERIFY(widget);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        QCOMPARE(probe(widget.get(), object, what), english);
        QCoreApplication::installTranslator(&urduCatalogue);
        languages.setLanguage(Language::Urdu);
        QTRY_COMPARE(probe(widget.get(), object, what), urdu);
        QCOMPARE(widget->layoutDirection(), Qt::RightToLeft);
        QCoreApplication::removeTranslator(&urduCatalogue);
        languages.setLanguage(Language::English);
        QTRY_COMPARE(probe(widget.get(), object, what), english);
    }

    void chargePickerMarksRegistrableSections()
    {
        ChargeForm form;
        auto *combo = child<QComboBox>(&form, "offenceCombo");
        const int rape = combo->findData(QStringLiteral("PPC 376"));
        const int modesty = combo->findData(QStringLiteral("PPC 354"));
        QVERIFY(rape >= 0);
        QVERIFY(modesty >= 0);
        QVERIFY2(combo->itemText(rape).endsWith(QStringLiteral("— registrable (s.2(h))")),
            qPrintable(combo->itemText(rape)));
        QVERIFY2(combo->itemText(modesty).endsWith(QStringLiteral("— not registrable")),
            qPrintable(combo->itemText(modesty)));
        auto *marker = child<QLabel>(&form, "registrableLabel");
        combo->setCurrentIndex(rape);
        QVERIFY(marker->text().contains(QStringLiteral("is registrable (s.2(h))")));
        combo->setCurrentIndex(modesty);
        QVERIFY(marker->text().contains(QStringLiteral("is not registrable")));
        // No input for the victim's identity: only the age band, gender and relationship.
        // (the one line edit is the picker's own search field).
        const QList<QLineEdit *> edits = form.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first()->parent(), combo);
    }
};

QTEST_MAIN(TestRecordForms)
#include "tst_recordforms.moc"
