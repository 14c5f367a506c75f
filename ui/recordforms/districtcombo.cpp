#include "recordforms/districtcombo.h"

#include "domain/districtlist.h"

#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace Nigran::Gui {

using namespace Nigran::Models;

DistrictCombo::DistrictCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    QList<District> districts = DistrictList::builtIn().all();
    std::sort(districts.begin(), districts.end(),
        [](const District &a, const District &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const District &district : std::as_const(districts))
        addItem(
            QStringLiteral("%1 — %2 (%3)").arg(district.name, district.nameUr, district.code), district.code);
    setCurrentIndex(-1);
    setMaxVisibleItems(15);
    QCompleter *search = completer();
    search->setFilterMode(Qt::MatchContains);
    search->setCaseSensitivity(Qt::CaseInsensitive);
    search->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Type to search: name in English or Urdu, or code"));
}

QString DistrictCombo::districtCode() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (const int exact = findText(text, Qt::MatchFixedString); exact >= 0)
        return itemData(exact).toString();
    QString found;
    for (int i = 0; i < count(); ++i) {
        const QString code = itemData(i).toString();
        if (code.compare(text, Qt::CaseInsensitive) == 0)
            return code;
        if (itemText(i).contains(text, Qt::CaseInsensitive)) {
            if (!found.isEmpty())
                return {};
            found = code;
        }
    }
    return found;
}

void DistrictCombo::setDistrictCode(const QString &code)
{
    setCurrentIndex(findData(code));
}

void DistrictCombo::check(const QString &key, const QString &label, QList<FieldError> &problems) const
{
    const QString text = currentText().trimmed();
    if (!text.isEmpty() && districtCode().isEmpty())
        problems << FieldError { key, tr("%1: “%2” matches no single district").arg(label, text) };
}

} // namespace Nigran::Gui
