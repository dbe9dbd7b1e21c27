#pragma once

#include <QString>

// Names for the codes the Data API sends (product.md §9): platforms ("win" → "Windows"),
// countries ("US" → "United States", "Vereinigte Staaten") and languages ("de" → "German",
// "en-US" → "English (United States)") in the window's language. A code it does not know is
// shown as sent. The code itself stays the data: exports, sorting ties and the tooltip use it.
namespace CodeNames {

enum class Kind { None, Platform, Country, Language };

// The name of `code` as `kind`; `code` itself for Kind::None or an unknown code.
QString name(Kind kind, const QString &code);
QString platform(const QString &code);
QString country(const QString &code);
QString language(const QString &code);

// "Germany (DE)": the name with its code, for tooltips; the code alone when it has no name.
QString withCode(Kind kind, const QString &code);

} // namespace CodeNames
