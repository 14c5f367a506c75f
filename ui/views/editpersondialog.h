#pragma once

#include "views/recorddialog.h"

#include "services/registerservice.h"

namespace Nigran::Gui {

class PersonForm;

/// Edits a person's identity: a RecordDialog around the PersonForm filled from the file. Past the
/// draft stage the edit is a correction, and the dialog also asks why (required by the core; the old
/// value stays as a revision).
///
/// Save checks the form, then hands the person and the reason to RegisterService::updatePerson; when
/// the core refuses, its problems are shown beside the fields (the reason's beside the reason) and
/// in a summary, nothing is written and the dialog stays open.
class EditPersonDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditPersonDialog)

public:
    EditPersonDialog(
        Models::RegisterService &service, const Models::PersonFile &file, QWidget *parent = nullptr);
    ~EditPersonDialog() override;

    PersonForm *form() const;

private:
    EditPersonDialog(
        Models::RegisterService &service, const Models::PersonFile &file, PersonForm *form, QWidget *parent);
};

} // namespace Nigran::Gui
