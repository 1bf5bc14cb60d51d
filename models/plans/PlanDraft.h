#pragma once

#include <models/plans/PlanRepository.h>

#include <QObject>
#include <QUndoStack>

// An edit of one plan in progress: the plan as loaded (the base, with its version) and the values being
// edited, every change undoable. The draft lives in the page, not in the connection: a lost connection
// or a refused save loses nothing, and after someone else's save the same edit can be re-applied on top
// of the newer plan (rebase).
class PlanDraft : public QObject
{
    Q_OBJECT

public:
    explicit PlanDraft(QObject* parent = nullptr);

    void load(const Plan& plan); // starts over: no changes, empty undo history
    void rebase(const Plan& newer); // keeps the edits, on top of `newer`
    void setValue(const QString& field, const QJsonValue& value);

    const Plan& base() const { return m_base; }
    bool isLoaded() const { return !m_base.id.isEmpty(); }
    QJsonValue value(const QString& field) const { return m_values.value(field); }
    QJsonObject changes() const; // only the fields that differ from the base
    QVector<PlanFields::Change> diff() const;
    bool hasChanges() const { return !changes().isEmpty(); }
    QString problem(const QString& field, const QStringList& knownModels = {}) const;
    QString firstProblem(const QStringList& knownModels = {}) const;
    QUndoStack* undoStack() { return &m_undo; }

signals:
    void changed();

private:
    friend class SetPlanFieldCommand;
    void apply(const QString& field, const QJsonValue& value);

    Plan m_base;
    QJsonObject m_values;
    QUndoStack m_undo;
};
