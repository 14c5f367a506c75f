#pragma once

#include <QString>

namespace Nigran::Models {

/// Search keys for names, so that spelling variants of one name meet in the duplicate check.
class NameNormalizer
{
public:
    /// A key for a Latin-script name: case-folded, diacritics stripped (NFKD), punctuation dropped,
    /// spaces collapsed, and common Pakistani transliteration variants mapped to one spelling
    /// (Mohammad/Mohammed/Muhammed → muhammad, Ch./Chaudhary → chaudhry, "-ud-Din"/" Uddin" joined as
    /// "uddin", ...). "Ch. Muhammed Nasir-ud-Din" → "chaudhry muhammad nasiruddin".
    static QString searchKey(const QString &latinName);

    /// A key for an Urdu-script name: harakat and other marks stripped, Arabic and Urdu forms of
    /// yeh, kaf and heh unified, tatweel and joiners dropped, spaces collapsed.
    static QString urduKey(const QString &urduName);

    /// Levenshtein edit distance (insertions, deletions, substitutions of UTF-16 code units).
    static int distance(const QString &a, const QString &b);
};

} // namespace Nigran::Models
