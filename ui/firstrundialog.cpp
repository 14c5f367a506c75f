#include "firstrundialog.h"

#include "ui_firstrundialog.h"

#include "backgroundtask.h"
#include "fielderrors.h"
#include "kdfprovider.h"

#include "domain/districtlist.h"
#include "security/keyfile.h"
#include "services/office.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

const QString confirmField = QStringLiteral("confirm");

} // namespace

FirstRunDialog::FirstRunDialog(QString directory, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::FirstRunDialog>())
    , m_directory(std::move(directory))
    , m_clock(clock)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("firstRunDialog"));
    for (QLabel *label : { m_ui->districtError, m_ui->officeNameError, m_ui->adminLoginError,
             m_ui->adminNameError, m_ui->passwordError, m_ui->confirmError, m_ui->generalError })
        FieldErrors::prepare(label);
    fillDistricts();
    m_ui->districtCombo->lineEdit()->setAccessibleName(m_ui->districtCombo->accessibleName());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    setBusy(false);
    retranslate();
    m_ui->districtCombo->setFocus();
}

FirstRunDialog::~FirstRunDialog()
{
    // The creation cannot be interrupted; let it finish so that no thread outlives the dialog.
    if (m_worker)
        m_worker->wait();
}

std::unique_ptr<Office> FirstRunDialog::takeOffice()
{
    return std::move(m_office);
}

void FirstRunDialog::fillDistricts()
{
    QList<District> districts = DistrictList::builtIn().all();
    std::sort(districts.begin(), districts.end(),
        [](const District &a, const District &b) { return a.name.localeAwareCompare(b.name) < 0; });
    QComboBox *combo = m_ui->districtCombo;
    combo->clear();
    for (const District &district : std::as_const(districts))
        combo->addItem(
            QStringLiteral("%1 — %2 (%3)").arg(district.name, district.nameUr, district.code), district.code);
    combo->setCurrentIndex(-1);
    combo->setMaxVisibleItems(15);
    // Typing any part of a name (in either script) or the code finds the district.
    QCompleter *completer = combo->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
}

QString FirstRunDialog::selectedDistrict() const
{
    const QComboBox *combo = m_ui->districtCombo;
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (const int exact = combo->findText(text, Qt::MatchFixedString); exact >= 0)
        return combo->itemData(exact).toString();
    // A code or a part of one name, if it matches exactly one district.
    QString found;
    for (int i = 0; i < combo->count(); ++i) {
        const QString code = combo->itemData(i).toString();
        if (code.compare(text, Qt::CaseInsensitive) == 0)
            return code;
        if (combo->itemText(i).contains(text, Qt::CaseInsensitive)) {
            if (!found.isEmpty())
                return {};
            found = code;
        }
    }
    return found;
}

void FirstRunDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create &office"));
    m_ui->districtCombo->lineEdit()->setPlaceholderText(
        tr("Type to search: name in English or Urdu, or code"));
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstRunDialog::clearErrors()
{
    FieldErrors::clear(m_ui->districtError, m_ui->districtCombo);
    FieldErrors::clear(m_ui->officeNameError, m_ui->officeNameEdit);
    FieldErrors::clear(m_ui->adminLoginError, m_ui->adminLoginEdit);
    FieldErrors::clear(m_ui->adminNameError, m_ui->adminNameEdit);
    FieldErrors::clear(m_ui->passwordError, m_ui->passwordEdit);
    FieldErrors::clear(m_ui->confirmError, m_ui->confirmEdit);
    FieldErrors::clear(m_ui->generalError, nullptr);
}

void FirstRunDialog::showErrors(const QList<FieldError> &problems, const QString &summary)
{
    struct Slot
    {
        QString field;
        QLabel *label;
        QWidget *widget;
    };
    const Slot places[] = {
        { QStringLiteral("district"), m_ui->districtError, m_ui->districtCombo },
        { QStringLiteral("officeName"), m_ui->officeNameError, m_ui->officeNameEdit },
        { QStringLiteral("adminLogin"), m_ui->adminLoginError, m_ui->adminLoginEdit },
        { QStringLiteral("adminDisplayName"), m_ui->adminNameError, m_ui->adminNameEdit },
        { QStringLiteral("password"), m_ui->passwordError, m_ui->passwordEdit },
        { confirmField, m_ui->confirmError, m_ui->confirmEdit },
    };
    QStringList unplaced;
    QWidget *firstWidget = nullptr;
    int firstIndex = int(std::size(places));
    for (const FieldError &problem : problems) {
        const auto slot = std::find_if(std::begin(places), std::end(places),
            [&](const Slot &candidate) { return candidate.field == problem.field; });
        if (slot == std::end(places)) {
            unplaced << problem.message;
            continue;
        }
        FieldErrors::show(slot->label, slot->widget, problem.message);
        if (const int index = int(slot - std::begin(places)); index < firstIndex) {
            firstIndex = index;
            firstWidget = slot->widget;
        }
    }
    // A summary of field problems would repeat them; it is shown only when no field is concerned.
    FieldErrors::show(
        m_ui->generalError, nullptr, problems.isEmpty() ? summary : unplaced.join(QLatin1Char('\n')));
    if (firstWidget)
        firstWidget->setFocus();
}

void FirstRunDialog::setBusy(bool busy)
{
    for (QWidget *field :
        std::initializer_list<QWidget *> { m_ui->districtCombo, m_ui->officeNameEdit, m_ui->adminLoginEdit,
            m_ui->adminNameEdit, m_ui->passwordEdit, m_ui->confirmEdit, m_ui->buttonBox })
        field->setEnabled(!busy);
    m_ui->busyLabel->setVisible(busy);
    m_ui->busyBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void FirstRunDialog::accept()
{
    if (isBusy())
        return;
    clearErrors();
    QList<FieldError> problems;
    const QString password = m_ui->passwordEdit->text();
    if (auto policy = KeyFile::checkPasswordPolicy(password); !policy)
        problems << policy.error().fields;
    if (m_ui->confirmEdit->text() != password)
        problems << FieldError { confirmField, tr("Confirm password: the two passwords differ.") };
    if (!problems.isEmpty()) {
        showErrors(problems);
        return;
    }

    const QString district = selectedDistrict();
    if (const int index = m_ui->districtCombo->findData(district); index >= 0)
        m_ui->districtCombo->setCurrentIndex(index);
    const OfficeSetup setup { district, m_ui->officeNameEdit->text().trimmed(),
        m_ui->adminLoginEdit->text().trimmed(), m_ui->adminNameEdit->text().trimmed(), password };
    setBusy(true);
    m_worker = runInBackground(
        this,
        [directory = m_directory, setup, &clock = m_clock] {
            return Office::create(directory, setup, KdfProvider::params(), clock);
        },
        [this](Result<std::unique_ptr<Office>> created) { finish(std::move(created)); });
}

void FirstRunDialog::finish(Result<std::unique_ptr<Office>> created)
{
    m_worker.clear();
    setBusy(false);
    if (!created) {
        showErrors(created.error().fields, created.error().message);
        return;
    }
    m_office = std::move(*created);
    m_ui->passwordEdit->clear();
    m_ui->confirmEdit->clear();
    Q_EMIT officeCreated();
    QDialog::accept();
}

void FirstRunDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace Nigran::Gui
