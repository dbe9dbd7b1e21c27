#include "countbox.h"

#include <QSpinBox>

QSpinBox *countBox(int minimum, int maximum, int value, const QString &prefix,
                   const QString &suffix, const QString &name)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setPrefix(prefix);
    box->setSuffix(suffix);
    box->setAccessibleName(name);
    return box;
}
