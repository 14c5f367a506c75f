#pragma once

#include "core/result.h"

#include <QComboBox>

namespace Nigran::Gui {

/// Chooses a district of the built-in DistrictList by typing any part of its name (in either
/// script) or its code.
class DistrictCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistrictCombo)

public:
    explicit DistrictCombo(QWidget *parent = nullptr);

    /// The code the text resolves to; empty when it matches no single district.
    QString districtCode() const;
    void setDistrictCode(const QString &code);
    /// A problem for `key` when there is text that matches no single district.
    void check(const QString &key, const QString &label, QList<Models::FieldError> &problems) const;
};

} // namespace Nigran::Gui
