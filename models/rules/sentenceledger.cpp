#include "rules/sentenceledger.h"

namespace Nigran::Models {

SentenceLedger::SentenceLedger(
    QList<LedgerStep> steps, std::optional<QDate> expectedRelease, int aggregateDays)
    : m_steps(std::move(steps))
    , m_expectedRelease(expectedRelease)
    , m_aggregateDays(aggregateDays)
{ }

QString SentenceLedger::toText() const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const LedgerStep &step = m_steps.at(i);
        const QString number = QString::number(i + 1);
        if (step.dayDelta == 0) {
            lines << tr("%1. %2").arg(number, step.description);
        } else {
            const QString delta = step.dayDelta > 0 ? QStringLiteral("+%1").arg(step.dayDelta)
                                                    : QString::number(step.dayDelta);
            lines << tr("%1. %2 (%3 d)").arg(number, step.description, delta);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QList<int> SentenceLedger::reminderDays()
{
    return { 90, 60, 30 };
}

QList<QDate> SentenceLedger::reminderDates() const
{
    QList<QDate> dates;
    if (m_expectedRelease) {
        for (int days : reminderDays())
            dates << m_expectedRelease->addDays(-days);
    }
    return dates;
}

} // namespace Nigran::Models
