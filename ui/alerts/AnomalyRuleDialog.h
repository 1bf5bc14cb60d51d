#pragma once

#include <models/alerts/Anomalies.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds or changes an anomaly rule: metric, whom it watches, the baseline window, factor and minimum, with
// the method in words as it is edited and a reason for the audit log. Save stays off while anything is
// wrong, and says what.
class AnomalyRuleDialog : public QDialog
{
    Q_OBJECT

public:
    AnomalyRuleDialog(const AnomalyRule& rule, QWidget* parent = nullptr);

    AnomalyRule rule() const;
    QString reason() const;
    QString problem() const; // what keeps Save off; empty when it may save

private:
    void validate();

    AnomalyRule m_rule;
    QLineEdit* m_name;
    QComboBox* m_metric;
    QComboBox* m_scope;
    QLineEdit* m_tenant;
    QSpinBox* m_days;
    QLineEdit* m_factor;
    QLineEdit* m_minimum;
    QCheckBox* m_enabled;
    QLineEdit* m_reason;
    QLabel* m_method;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
