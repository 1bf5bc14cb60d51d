#include <ui/common/TenantPicker.h>

#include <models/common/Validation.h>
#include <models/tenants/TenantSearch.h>

#include <QCompleter>
#include <QStringListModel>
#include <QTimer>

TenantPicker::TenantPicker(TenantRepository* repository, QWidget* parent)
    : QLineEdit(parent)
    , m_search(new TenantSearch(repository, this))
    , m_suggestions(new QStringListModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
    , m_debounce(new QTimer(this))
{
    setPlaceholderText(tr("All tenants (type a name, slug or id to pick one)"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Tenant"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(m_completer);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(this, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &TenantPicker::suggest);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& label) {
        choose(m_idForLabel.value(label), label);
    });
    connect(this, &QLineEdit::returnPressed, this, &TenantPicker::commit);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_tenantId.isEmpty()) {
            m_tenantId.clear();
            emit tenantChanged(QString());
        }
    });
    connect(m_search, &TenantSearch::found, this, &TenantPicker::showSuggestions);
}

void TenantPicker::choose(const QString& tenantId, const QString& label)
{
    if (tenantId.isEmpty())
        return;
    setText(label);
    if (tenantId != m_tenantId) {
        m_tenantId = tenantId;
        emit tenantChanged(m_tenantId);
    }
}

void TenantPicker::clearChoice()
{
    clear();
    if (!m_tenantId.isEmpty()) {
        m_tenantId.clear();
        emit tenantChanged(m_tenantId);
    }
}

void TenantPicker::commit()
{
    const QString text = this->text().trimmed();
    if (Validation::isUuid(text))
        choose(text.toLower(), text);
    else if (m_idForLabel.contains(text))
        choose(m_idForLabel.value(text), text);
    else if (m_suggestions->rowCount() == 1)
        choose(m_idForLabel.value(m_suggestions->index(0).data().toString()),
               m_suggestions->index(0).data().toString());
}

void TenantPicker::suggest()
{
    const QString term = text().trimmed();
    if (term.isEmpty() || Validation::isUuid(term))
        return;
    m_search->search(term, 15);
}

void TenantPicker::showSuggestions(const Fetched<QVector<TenantSummary>>& fetched)
{
    if (!fetched.ok())
        return;
    QStringList labels;
    m_idForLabel.clear();
    for (const TenantSummary& tenant : fetched.value) {
        const QString label = QStringLiteral("%1 — %2").arg(tenant.name, tenant.slug);
        labels << label;
        m_idForLabel.insert(label, tenant.id);
    }
    m_suggestions->setStringList(labels);
    if (hasFocus() && !labels.isEmpty())
        m_completer->complete();
}
