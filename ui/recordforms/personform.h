#pragma once

#include "recordforms/recordform.h"

#include "domain/person.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Nigran::Gui {

class DateEdit;
class DistrictCombo;

/// A person's identity: names in Urdu and Latin script, parentage, aliases, date of birth, gender,
/// CNIC (masked #####-#######-#) or passport and nationality, description, marks, phones, district
/// of residence and the address history.
class PersonForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonForm)

public:
    explicit PersonForm(QWidget *parent = nullptr);
    ~PersonForm() override;

    /// The district office that will own the record (the signed-in office's); also the default
    /// district of residence.
    void setOwningDistrict(const QString &code);
    /// The values of the form; the id, owning district and photograph are those of setPerson().
    Models::Person person() const;
    /// Fills the form with `person` (to edit it): every field, the address history, and the owning
    /// district; the fields count as untouched.
    void setPerson(const Models::Person &person);

    QList<Models::FieldError> problems() const override;
    QList<QWidget *> focusOrder() const override;

    int addressCount() const;

public Q_SLOTS:
    void addAddress();
    /// Removes the address row that has the focus, or else the last one.
    void removeAddress();

protected:
    void valuesChanged() override;
    void retranslate() override;

private:
    struct AddressRow
    {
        QComboBox *type;
        QLineEdit *text;
        DistrictCombo *district;
        DateEdit *validFrom;
        DateEdit *validTo;
    };

    void registerAddressRows();
    static void translateAddressType(QComboBox *type);

    QString m_owningDistrict;
    QString m_personId;
    QByteArray m_photo;
    QLineEdit *m_nameLatin;
    QLineEdit *m_nameUrdu;
    QComboBox *m_parentageRelation;
    QLineEdit *m_parentageLatin;
    QLineEdit *m_parentageUrdu;
    QLineEdit *m_aliases;
    DateEdit *m_birthDate;
    QComboBox *m_gender;
    QLineEdit *m_cnic;
    QLineEdit *m_passportNumber;
    QLineEdit *m_nationality;
    DistrictCombo *m_residence;
    QLineEdit *m_description;
    QLineEdit *m_marks;
    QLineEdit *m_phones;
    QLabel *m_addressLabel;
    QTableWidget *m_addresses;
    QLabel *m_addressesError;
    QPushButton *m_addAddress;
    QPushButton *m_removeAddress;
    QLabel *m_warnings;
    QList<AddressRow> m_addressRows;
};

/// Puts `widget` in a cell of `table`, keeping Tab in the form's own order.
void placeInCell(QTableWidget *table, int row, int column, QWidget *widget);

/// "a, b; c" (also the Urdu comma) as ["a", "b", "c"], blanks dropped.
QStringList splitList(const QString &text);

} // namespace Nigran::Gui
