#include "conflictsdialog.h"

#include "services/office.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Nigran::Gui {

ConflictsDialog::ConflictsDialog(Models::Office &office, QWidget *parent)
    : QDialog(parent)
    , m_office(office)
    , m_listLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_versionsLabel(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_saveButton(m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_saveButton->setObjectName(QStringLiteral("saveResolutionButton"));
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_listLabel->setBuddy(m_list);
    m_versionsLabel->setBuddy(m_table);
    m_versionsLabel->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listLabel);
    leftLayout->addWidget(m_list);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_versionsLabel);
    rightLayout->addWidget(m_table);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showConflict);
    connect(m_saveButton, &QPushButton::clicked, this, &ConflictsDialog::saveResolution);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    resize(900, 520);
    reload();
}

QComboBox *ConflictsDialog::choiceAt(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
}

void ConflictsDialog::retranslate()
{
    setWindowTitle(tr("Sync conflicts"));
    m_listLabel->setText(tr("Open &conflicts:"));
    m_versionsLabel->setText(tr("&Both versions, field by field. Differing fields are highlighted; choose "
                                "for each the version to keep."));
    m_table->setHorizontalHeaderLabels(
        { tr("Field"), tr("This office's version"), tr("Conflicting version"), tr("Keep") });
    m_saveButton->setText(tr("&Save resolution"));
    m_list->setAccessibleName(tr("Open conflicts"));
    m_table->setAccessibleName(tr("Both versions field by field"));
}

void ConflictsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showConflict(m_list->currentRow());
    }
    QDialog::changeEvent(event);
}

void ConflictsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
}

void ConflictsDialog::reload()
{
    const QString selected = m_list->currentRow() >= 0 && m_list->currentRow() < m_conflicts.size()
        ? m_conflicts.at(m_list->currentRow()).id
        : QString();
    auto conflicts = ConflictResolver::openConflicts(m_office);
    m_list->blockSignals(true);
    m_list->clear();
    m_conflicts.clear();
    if (!conflicts) {
        showMessage(conflicts.error().message);
    } else {
        m_conflicts = *conflicts;
        const QLocale locale;
        int current = m_conflicts.isEmpty() ? -1 : 0;
        for (int i = 0; i < m_conflicts.size(); ++i) {
            const Sync::ConflictRecord &record = m_conflicts.at(i).record;
            auto *item = new QListWidgetItem(
                tr("%1 %2 — from office %3, %4")
                    .arg(ConflictResolver::entityName(record.entity), record.rowId.left(8),
                        record.theirs.origin.left(8),
                        locale.toString(record.raisedAt.toLocalTime(), QLocale::ShortFormat)),
                m_list);
            item->setToolTip(tr("Row %1, centre version %2, edit based on version %3")
                                 .arg(record.rowId)
                                 .arg(record.centreVersion)
                                 .arg(record.baseVersion));
            if (m_conflicts.at(i).resolutionPending)
                item->setText(tr("%1 (resolution waiting to be sent)").arg(item->text()));
            if (m_conflicts.at(i).id == selected)
                current = i;
        }
        showMessage(m_conflicts.isEmpty() ? tr("There are no open conflicts.") : QString());
        m_list->setCurrentRow(current);
    }
    m_list->blockSignals(false);
    showConflict(m_list->currentRow());
}

void ConflictsDialog::showConflict(int index)
{
    m_table->setRowCount(0);
    m_comparison = {};
    m_saveButton->setEnabled(false);
    if (index < 0 || index >= m_conflicts.size())
        return;
    auto comparison = ConflictResolver::compare(m_office, m_conflicts.at(index));
    if (!comparison) {
        showMessage(comparison.error().message);
        return;
    }
    m_comparison = *comparison;
    m_table->setRowCount(int(m_comparison.fields.size()));
    const QBrush highlight = palette().brush(QPalette::Active, QPalette::Highlight);
    const QBrush highlightText = palette().brush(QPalette::Active, QPalette::HighlightedText);
    for (int row = 0; row < m_comparison.fields.size(); ++row) {
        const ConflictField &field = m_comparison.fields.at(row);
        auto *name = new QTableWidgetItem(field.key);
        auto *current = new QTableWidgetItem(ConflictResolver::displayValue(field.current));
        auto *conflicting = new QTableWidgetItem(ConflictResolver::displayValue(field.conflicting));
        for (QTableWidgetItem *item : { name, current, conflicting }) {
            if (field.differs) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(highlight);
                item->setForeground(highlightText);
            }
        }
        if (field.differs)
            name->setToolTip(tr("The versions differ in this field."));
        m_table->setItem(row, FieldColumn, name);
        m_table->setItem(row, CurrentColumn, current);
        m_table->setItem(row, ConflictingColumn, conflicting);
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("This office's version"));
        choice->addItem(tr("Conflicting version"));
        choice->setEnabled(field.differs);
        choice->setAccessibleName(tr("Version to keep for %1").arg(field.key));
        m_table->setCellWidget(row, ChoiceColumn, choice);
    }
    m_table->resizeColumnsToContents();
    m_saveButton->setEnabled(!m_conflicts.at(index).resolutionPending);
    if (m_conflicts.at(index).resolutionPending)
        showMessage(tr("A resolution of this conflict is saved; the next sync sends it to the centre."));
    if (m_comparison.currentDeleted || m_comparison.conflictingDeleted)
        showMessage(m_comparison.currentDeleted ? tr("This office's version is deleted.")
                                                : tr("The conflicting version is a deletion."));
}

void ConflictsDialog::saveResolution()
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_conflicts.size())
        return;
    QSet<QString> takeConflicting;
    for (int row = 0; row < m_comparison.fields.size(); ++row) {
        if (QComboBox *choice = choiceAt(row); choice && choice->currentIndex() == 1)
            takeConflicting.insert(m_comparison.fields.at(row).key);
    }
    const OpenConflict conflict = m_conflicts.at(index);
    if (auto saved = ConflictResolver::resolve(m_office, conflict, takeConflicting); !saved) {
        showMessage(saved.error().message);
        return;
    }
    Q_EMIT resolved(conflict.id);
    reload();
    showMessage(tr("The resolution is saved; the next sync sends it to the centre."));
}

} // namespace Nigran::Gui
