#pragma once

#include <QWidget>

class AnswerCache;
class QLabel;
class QPushButton;
class QSpinBox;

// The answer cache's row in Settings: its size limit (saved; the oldest answers go first when
// it is reached), how much it holds now, and a button that empties it. Without a cache
// (`--no-cache`) the row says so and its controls are off.
class CacheSettings : public QWidget {
    Q_OBJECT
public:
    explicit CacheSettings(QWidget *parent = nullptr);

    void setCache(AnswerCache *cache);
    QSpinBox *limitBox() const { return m_limit; }
    QPushButton *emptyButton() const { return m_empty; }
    QString usageText() const;
    // Asks the cache how much it holds; the label follows.
    void updateUsage();

signals:
    void usageUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    AnswerCache *m_cache = nullptr;
    QSpinBox *m_limit;
    QLabel *m_usage;
    QPushButton *m_empty;
};
