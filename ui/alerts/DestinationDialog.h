#pragma once

#include <models/alerts/AlertDelivery.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds a destination or changes one: name, kind, its URL (typed unseen, kept on the server as a secret;
// left empty when changing, the saved one stays) and a reason for the audit log.
class DestinationDialog : public QDialog
{
    Q_OBJECT

public:
    DestinationDialog(const AlertDestination& destination, QWidget* parent = nullptr);
    ~DestinationDialog() override;

    AlertDestination destination() const;
    QString url() const;
    QString reason() const;
    QString problem() const;

private:
    void validate();

    AlertDestination m_destination;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QCheckBox* m_enabled;
    QLineEdit* m_reason;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
