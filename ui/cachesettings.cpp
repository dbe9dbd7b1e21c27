#include "cachesettings.h"

#include "auth/accountsettings.h"
#include "cache/answercache.h"
#include "confirm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

CacheSettings::CacheSettings(QWidget *parent)
    : QWidget(parent)
    , m_limit(new QSpinBox(this))
    , m_usage(new QLabel(this))
    , m_empty(new QPushButton(tr("Empty…"), this))
{
    m_limit->setRange(AccountSettings::kMinCacheMegabytes, AccountSettings::kMaxCacheMegabytes);
    m_limit->setSingleStep(50);
    m_limit->setSuffix(tr(" MB"));
    // Applied when the number is complete, not at each keystroke: typing 1000 over 200 must
    // not pass through a 10 MB limit that drops what was kept.
    m_limit->setKeyboardTracking(false);
    m_limit->setValue(AccountSettings().cacheLimitMegabytes());
    m_limit->setToolTip(tr("The last answers are kept on this computer so the window opens at "
                           "once and offline; the oldest go first when the limit is reached."));
    m_empty->setToolTip(tr("Forget every kept answer (the server's data is not touched)"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_limit);
    row->addWidget(m_usage, 1);
    row->addWidget(m_empty);
    setCache(nullptr);

    connect(m_limit, &QSpinBox::valueChanged, this, [this](int megabytes) {
        AccountSettings().setCacheLimitMegabytes(megabytes);
        if (m_cache) {
            m_cache->setMaxBytes(megabytes * AnswerCache::kMegabyte);
            updateUsage();
        }
    });
    connect(m_empty, &QPushButton::clicked, this, [this] {
        if (!m_cache ||
            !Confirm::ask(this, tr("Empty the answer cache"),
                          tr("Forget every answer kept on this computer? The window then waits for "
                             "the server, and shows nothing offline until it has answered again."),
                          tr("Empty")))
            return;
        m_cache->clear();
        updateUsage();
    });
}

void CacheSettings::setCache(AnswerCache *cache)
{
    m_cache = cache;
    m_limit->setEnabled(cache);
    m_empty->setEnabled(cache);
    if (!cache)
        m_usage->setText(tr("off for this run (--no-cache)"));
    else
        updateUsage();
}

QString CacheSettings::usageText() const
{
    return m_usage->text();
}

void CacheSettings::updateUsage()
{
    if (!m_cache)
        return;
    m_cache->usedBytes(this, [this](qint64 bytes) {
        m_usage->setText(tr("%1 kept").arg(
            QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeTraditionalFormat)));
        emit usageUpdated();
    });
}

void CacheSettings::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateUsage(); // what the window kept since it was last shown
}
