#include "editpersondialog.h"

#include "recordforms/personform.h"
#include "rules/registerworkflow.h"

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

bool isCorrectionOf(RegisterStatus status)
{
    return status != RegisterStatus::Draft && status != RegisterStatus::Returned;
}

PersonForm *formFor(const PersonFile &file)
{
    auto *form = new PersonForm;
    form->setPerson(file.person);
    return form;
}

} // namespace

EditPersonDialog::EditPersonDialog(RegisterService &service, const PersonFile &file, QWidget *parent)
    : EditPersonDialog(service, file, formFor(file), parent)
{ }

EditPersonDialog::EditPersonDialog(
    RegisterService &service, const PersonFile &file, PersonForm *form, QWidget *parent)
    : RecordDialog(
        form,
        [name = file.person.nameLatin, correction = isCorrectionOf(file.status)] {
            return correction ? tr("Correct %1").arg(name) : tr("Edit %1").arg(name);
        },
        isCorrectionOf(file.status) ? Text([status = file.status] {
            return tr("This entry is %1: the change is a correction. Say why; the reason and the old "
                      "values are kept in the record's history.")
                .arg(RegisterWorkflow::displayName(status));
        })
                                    : Text(),
        [&service, form](const QString &reason) { return service.updatePerson(form->person(), reason); },
        parent)
{
    setObjectName(QStringLiteral("editPersonDialog"));
    resize(720, 640);
}

EditPersonDialog::~EditPersonDialog() = default;

PersonForm *EditPersonDialog::form() const
{
    return static_cast<PersonForm *>(RecordDialog::form());
}

} // namespace Nigran::Gui
