#pragma once

class QSpinBox;
class QString;

// A spin box for a number the user sets on a page, read with the words around it ("Top 8",
// "every 10 s", "keep 200 events"); `name` is what a screen reader says for it.
QSpinBox *countBox(int minimum, int maximum, int value, const QString &prefix,
                   const QString &suffix, const QString &name);
