#include <ui/common/JsonView.h>

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>

JsonView::JsonView(const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_plain(new QPlainTextEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_note(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_showAll(new QPushButton(tr("Show all"), this))
{
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(accessibleName);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, 160);
    m_plain->setReadOnly(true);
    m_plain->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plain->setAccessibleName(accessibleName);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_plain);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_copy->setToolTip(tr("Copy the selected branch as JSON (or everything when nothing is selected)"));
    m_copy->setAccessibleName(tr("Copy %1").arg(accessibleName));
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(copyText()); });
    m_showAll->hide();
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_plain->setPlainText(m_raw);
        m_showAll->hide();
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_note, 1);
    bar->addWidget(m_showAll);
    bar->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
}

void JsonView::setJsonText(const QString& text)
{
    m_raw = text;
    const quint64 generation = ++m_generation;
    m_showAll->hide();
    m_parsing = false;
    if (text.isEmpty()) {
        m_model->clear();
        m_note->setText(tr("(none)"));
        m_stack->setCurrentWidget(m_tree);
        emit shown();
        return;
    }
    if (text.size() < kParseInBackground) {
        show(JsonTreeModel::parse(text));
        return;
    }
    // Megabytes of JSON take longer to parse than a frame: parsed on a pool thread, shown when done
    // (unless another text has been set meanwhile).
    m_parsing = true;
    m_model->clear();
    m_stack->setCurrentWidget(m_tree);
    m_note->setText(tr("Reading %1 MB of JSON…").arg(double(text.size()) / (1024 * 1024), 0, 'f', 1));
    QPointer<JsonView> self(this);
    QThreadPool::globalInstance()->start([self, text, generation] {
        auto parsed = std::make_shared<JsonTreeModel::Parsed>(JsonTreeModel::parse(text));
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, parsed, generation] {
            if (self && self->m_generation == generation) {
                self->m_parsing = false;
                self->show(*parsed);
            }
        });
    });
}

void JsonView::show(const JsonTreeModel::Parsed& parsed)
{
    if (m_model->setParsed(parsed)) {
        m_note->clear();
        m_stack->setCurrentWidget(m_tree);
        m_tree->expandToDepth(1);
        emit shown();
        return;
    }
    m_note->setText(tr("Not valid JSON (%1); shown as text.").arg(parsed.error));
    // Cut for the screen; "Show all" (and Copy) have every character.
    m_plain->setPlainText(m_raw.size() > kMaxPlainText ? m_raw.left(kMaxPlainText) : m_raw);
    m_showAll->setVisible(m_raw.size() > kMaxPlainText);
    m_stack->setCurrentWidget(m_plain);
    emit shown();
}

bool JsonView::showsTree() const
{
    return m_stack->currentWidget() == m_tree && !m_model->isEmpty();
}

QString JsonView::copyText() const
{
    if (!showsTree())
        return m_raw;
    const QModelIndex current = m_tree->currentIndex();
    return m_model->jsonText(current.isValid() ? current.siblingAtColumn(0) : QModelIndex());
}
