#include <ui/platform/PageHeader.h>

#include <models/common/DisplayText.h>

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>

PageHeader::PageHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_filter(new QLabel(this))
{
    setObjectName(QStringLiteral("pageHeader"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Page"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setTextFormat(Qt::PlainText);
    m_filter->setAccessibleName(tr("Active filter"));
    m_filter->setForegroundRole(QPalette::PlaceholderText);
    m_filter->setMinimumWidth(0);
    m_filter->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_filter, 1);
    // One height, whatever the page and whether a filter shows: the pages' splitters keep their saved sizes.
    setFixedHeight(QFontMetrics(titleFont).height() + layout->contentsMargins().top()
                   + layout->contentsMargins().bottom() + 4);
}

void PageHeader::setPage(const QString& title, const QString& filter)
{
    m_title->setText(title);
    m_filter->setText(filter.isEmpty() ? QString() : tr("Filtered: %1").arg(filter));
    // The filter names tenants and error texts from the data: a tool tip shows them as text, never markup.
    m_filter->setToolTip(plainToolTip(m_filter->text()));
}

QString PageHeader::title() const
{
    return m_title->text();
}

QString PageHeader::filter() const
{
    return m_filter->text();
}
