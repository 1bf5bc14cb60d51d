#include <models/plans/PlanDraft.h>

#include <models/plans/PlanFields.h>

#include <QCoreApplication>
#include <QUndoCommand>

// One field's change; consecutive changes of the same field (typing) merge into one undo step.
class SetPlanFieldCommand : public QUndoCommand
{
public:
    SetPlanFieldCommand(PlanDraft* draft, QString field, QJsonValue before, QJsonValue after)
        : m_draft(draft)
        , m_field(std::move(field))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(QCoreApplication::translate("PlanDraft", "change %1").arg(m_field));
    }

    void undo() override { m_draft->apply(m_field, m_before); }
    void redo() override { m_draft->apply(m_field, m_after); }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const SetPlanFieldCommand*>(other);
        if (next->m_field != m_field)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    PlanDraft* m_draft;
    QString m_field;
    QJsonValue m_before;
    QJsonValue m_after;
};

PlanDraft::PlanDraft(QObject* parent)
    : QObject(parent)
{
}

void PlanDraft::load(const Plan& plan)
{
    m_base = plan;
    m_values = plan.fields;
    m_undo.clear();
    emit changed();
}

void PlanDraft::rebase(const Plan& newer)
{
    const QJsonObject mine = changes();
    m_base = newer;
    m_values = newer.fields;
    for (auto it = mine.begin(); it != mine.end(); ++it)
        m_values.insert(it.key(), it.value());
    emit changed();
}

void PlanDraft::setValue(const QString& field, const QJsonValue& value)
{
    if (m_values.value(field) == value)
        return;
    m_undo.push(new SetPlanFieldCommand(this, field, m_values.value(field), value));
}

void PlanDraft::apply(const QString& field, const QJsonValue& value)
{
    m_values.insert(field, value);
    emit changed();
}

QJsonObject PlanDraft::changes() const
{
    QJsonObject out;
    for (const PlanFields::Change& change : diff())
        out.insert(change.field, change.after);
    return out;
}

QVector<PlanFields::Change> PlanDraft::diff() const
{
    return PlanFields::diff(m_base.fields, m_values);
}

QString PlanDraft::problem(const QString& field, const QStringList& knownModels) const
{
    return PlanFields::validate(field, m_values.value(field), knownModels);
}

QString PlanDraft::firstProblem(const QStringList& knownModels) const
{
    for (const QString& field : PlanFields::planFields()) {
        const QString invalid = problem(field, knownModels);
        if (!invalid.isEmpty())
            return invalid;
    }
    return {};
}
