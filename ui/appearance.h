#pragma once

#include <QObject>
#include <QPalette>

// Light or dark: the user's choice (System, Light, Dark; saved, "appearance/scheme"), applied
// to the whole application's palette while it runs. "System" follows the desktop's colour
// scheme, also when it changes (Qt 6.5+; before, the platform's own palette). Every chart
// restyles itself on the palette change.
class Appearance : public QObject {
    Q_OBJECT
public:
    enum class Scheme { System, Light, Dark };

    // The one Appearance of the application (created on first use).
    static Appearance *instance();

    Scheme scheme() const { return m_scheme; }
    // Applies and saves the choice.
    void setScheme(Scheme scheme);
    // Applies without saving (`screenshot --palette`).
    void applyForThisRun(Scheme scheme);
    // Whether the palette in use now is dark.
    bool isDark() const;

    static QString name(Scheme scheme);

signals:
    void schemeChanged(Scheme scheme);

private:
    explicit Appearance(QObject *parent);
    void apply();

    Scheme m_scheme = Scheme::System;
    QPalette m_platformPalette; // what the platform gave before we changed anything
};
