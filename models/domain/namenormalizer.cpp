#include "domain/namenormalizer.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Nigran::Models {

namespace {

/// Each line: the canonical spelling, then its common transliteration variants (in search-key form).
constexpr const char *VariantGroups[] = {
    "muhammad mohammad mohammed muhammed mohamed mohamad muhamad muhamed mohd",
    "chaudhry ch chaudhary chaudhri chaudhari chaudry choudhry choudhary chowdhry chowdhary chowdhury",
    "ahmad ahmed",
    "hussain husain hussein husein hosain",
    "hasan hassan",
    "rahman rehman rahmaan rehmaan",
    "syed sayed sayyed sayyid saiyed",
    "sheikh shaikh shaykh",
    "qureshi qureishi quraishi qurashi",
    "mahmood mehmood mahmud mehmud",
    "yusuf yousaf yousuf yusaf yousef",
};

const QHash<QString, QString> &canonicalSpellings()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> result;
        for (const char *group : VariantGroups) {
            const QStringList words = QString::fromLatin1(group).split(QLatin1Char(' '));
            for (const QString &word : words)
                result.insert(word, words.front());
        }
        return result;
    }();
    return table;
}

bool isJoinerSuffix(const QString &token)
{
    return token == QLatin1String("uddin") || token == QLatin1String("uddeen");
}

bool isDin(const QString &token)
{
    return token == QLatin1String("din") || token == QLatin1String("deen");
}

/// NFKD, then drop every combining mark: "Zoë" → "Zoe", "أ" → "ا".
QString withoutMarks(const QString &text)
{
    QString result;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    result.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (!c.isMark())
            result.append(c);
    return result;
}

} // namespace

QString NameNormalizer::searchKey(const QString &latinName)
{
    // Letters and digits stay; apostrophes vanish ("D'Souza" → "dsouza"); anything else separates words.
    QString cleaned;
    for (const QChar c : withoutMarks(latinName).toCaseFolded()) {
        if (c.isLetterOrNumber())
            cleaned.append(c);
        else if (c != QLatin1Char('\'') && c != QChar(0x2019))
            cleaned.append(QLatin1Char(' '));
    }

    QStringList tokens;
    const QStringList words = cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        // "Nasir-ud-Din", "Nasir ud Din", "Nasir Uddin" and "Nasiruddin" become one word.
        if (word == QLatin1String("ud") && i + 1 < words.size() && isDin(words.at(i + 1))) {
            word = QStringLiteral("uddin");
            ++i;
        }
        if (word.endsWith(QLatin1String("uddeen")))
            word.replace(word.size() - 3, 3, QStringLiteral("in"));
        if (isJoinerSuffix(word) && !tokens.isEmpty()) {
            tokens.last().append(QStringLiteral("uddin"));
            continue;
        }
        tokens.append(canonicalSpellings().value(word, word));
    }
    return tokens.join(QLatin1Char(' '));
}

QString NameNormalizer::urduKey(const QString &urduName)
{
    QString result;
    for (const QChar c : withoutMarks(urduName)) {
        switch (c.unicode()) {
        case 0x064A: // ARABIC LETTER YEH
        case 0x0649: // ARABIC LETTER ALEF MAKSURA
            result.append(QChar(0x06CC)); // FARSI YEH, the Urdu choti ye
            break;
        case 0x0643: // ARABIC LETTER KAF
            result.append(QChar(0x06A9)); // KEHEH, the Urdu kaf
            break;
        case 0x0647: // ARABIC LETTER HEH
        case 0x0629: // ARABIC LETTER TEH MARBUTA
        case 0x06C3: // ARABIC LETTER TEH MARBUTA GOAL
            result.append(QChar(0x06C1)); // HEH GOAL, the Urdu gol he
            break;
        case 0x0640: // ARABIC TATWEEL
        case 0x200C: // ZERO WIDTH NON-JOINER
        case 0x200D: // ZERO WIDTH JOINER
            break;
        default:
            result.append(c);
        }
    }
    return result.simplified();
}

int NameNormalizer::distance(const QString &a, const QString &b)
{
    // Two rows of the Wagner–Fischer table.
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace Nigran::Models
