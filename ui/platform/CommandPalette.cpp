#include <ui/platform/CommandPalette.h>

#include <models/platform/QuickFind.h>

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
enum Role
{
    KindRole = Qt::UserRole,
    IdRole,
    QueueRole,
};
enum EntryKind
{
    PageEntryKind,
    TenantEntryKind,
    ExecutionEntryKind,
    JobEntryKind,
};
} // namespace

CommandPalette::CommandPalette(QuickFind* find, const QVector<PageEntry>& pages, QWidget* parent)
    : QDialog(parent)
    , m_find(find)
    , m_pages(pages)
    , m_input(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Go to"));
    setObjectName(QStringLiteral("commandPalette"));
    m_input->setObjectName(QStringLiteral("paletteInput"));
    m_input->setPlaceholderText(tr("A tenant, an execution or job id, or a page"));
    m_input->setAccessibleName(tr("Find"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("paletteResults"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setUniformItemSizes(true);
    m_status->setObjectName(QStringLiteral("paletteStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(560, 380);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CommandPalette::search);
    connect(m_input, &QLineEdit::textChanged, this, [this] {
        showPages();
        m_debounce->start();
    });
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (QListWidgetItem* item = m_results->currentItem())
            activate(item);
    });
    connect(m_results, &QListWidget::itemActivated, this, &CommandPalette::activate);
    showPages();
    if (m_find)
        connect(m_find, &QuickFind::found, this, &CommandPalette::showFound);
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down move through the results while the cursor stays in the input.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::showPages()
{
    // What is known at once: the pages; found objects follow (the older ones are dropped).
    m_results->clear();
    const QString text = m_input->text().trimmed();
    for (const PageEntry& page : std::as_const(m_pages)) {
        if (!text.isEmpty() && !page.name.contains(text, Qt::CaseInsensitive))
            continue;
        auto* item = new QListWidgetItem(tr("Page: %1").arg(page.name), m_results);
        item->setData(KindRole, PageEntryKind);
        item->setData(IdRole, page.page);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_status->setText(text.isEmpty() ? tr("Type a tenant's name or slug, an execution or tenant id, a job id, or a "
                                          "page. Enter opens it.")
                                     : tr("Searching…"));
    m_searching = !text.isEmpty();
}

void CommandPalette::search()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty() || !m_find) {
        if (m_find)
            m_find->dropSearch();
        m_searching = false;
        emit searched();
        return;
    }
    m_find->search(text); // answered by showFound, unless typed on since
}

void CommandPalette::showFound(const QuickFindResult& found)
{
    const bool hadPages = m_results->count() > 0;
    for (const QuickFindHit& hit : found.hits) {
        QString label;
        int kind = TenantEntryKind;
        switch (hit.kind) {
        case QuickFindHit::Kind::Tenant:
            label = tr("Tenant: %1 (%2)").arg(hit.title, hit.detail);
            break;
        case QuickFindHit::Kind::Execution:
            label = tr("%1: %2").arg(hit.title, hit.detail);
            kind = ExecutionEntryKind;
            break;
        case QuickFindHit::Kind::Job:
            label = tr("%1: %2").arg(hit.title, hit.detail);
            kind = JobEntryKind;
            break;
        }
        auto* item = new QListWidgetItem(label, m_results);
        item->setData(KindRole, kind);
        item->setData(IdRole, hit.id);
        item->setData(QueueRole, hit.queue);
        item->setToolTip(hit.id);
    }
    // A found object beats a page whose name merely contains the text.
    if (!found.hits.isEmpty() && (!hadPages || m_results->currentRow() == 0))
        m_results->setCurrentRow(hadPages ? m_results->count() - int(found.hits.size()) : 0);
    m_searching = false;
    if (!found.errors.isEmpty())
        m_status->setText(found.errors.join(QLatin1Char('\n')));
    else if (m_results->count() == 0)
        m_status->setText(tr("Nothing found for \"%1\".").arg(m_input->text().trimmed()));
    else
        m_status->setText(tr("%n result(s). Enter opens the highlighted one.", nullptr, m_results->count()));
    emit searched();
}

void CommandPalette::activate(QListWidgetItem* item)
{
    if (!item)
        return;
    const QString id = item->data(IdRole).toString();
    switch (item->data(KindRole).toInt()) {
    case PageEntryKind:
        emit pageChosen(item->data(IdRole).toInt());
        break;
    case TenantEntryKind:
        emit linkChosen(AppLink::tenant(id));
        break;
    case ExecutionEntryKind:
        emit linkChosen(AppLink::execution(id));
        break;
    case JobEntryKind:
        emit jobChosen(item->data(QueueRole).toString(), id);
        break;
    }
    accept();
}
