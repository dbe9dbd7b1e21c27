#pragma once

#include <QObject>
#include <QtGlobal>

#include <memory>

// The widget (or object) named `name` under `root`, found as GUI tests find what a user sees
// (by object name), not through getters kept for tests. A missing one ends the test, named.
template <typename T> T *named(const QObject &root, const char *name)
{
    T *found = root.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s named \"%s\" under %s", T::staticMetaObject.className(), name,
               root.metaObject()->className());
    return found;
}

template <typename T> T *named(const QObject *root, const char *name)
{
    return named<T>(*root, name);
}

template <typename T, typename Owner> T *named(const std::unique_ptr<Owner> &root, const char *name)
{
    return named<T>(*root, name);
}
