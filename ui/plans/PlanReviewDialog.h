#pragma once

#include <models/plans/PlanFields.h>

#include <QDialog>

class QLineEdit;
class QPushButton;

// Before a plan is saved: every changed field with its old and new value, how many tenants get the new
// limits, and the reason for the audit log.
class PlanReviewDialog : public QDialog
{
    Q_OBJECT

public:
    PlanReviewDialog(const QString& planId,
                     int version,
                     const QVector<PlanFields::Change>& diff,
                     qint64 tenants,
                     QWidget* parent = nullptr);
    QString reason() const;

private:
    QLineEdit* m_reason;
    QPushButton* m_save;
};
