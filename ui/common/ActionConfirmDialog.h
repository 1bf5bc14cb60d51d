#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "This is exactly what will happen": the consequence in plain words, a reason for the audit log
// (required), and a button named after the action. Nothing happens on Cancel.
class ActionConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ActionConfirmDialog(const QString& title, const QString& consequence, const QString& actionLabel, QWidget* parent);

    QString reason() const;
    // A value the action takes (a number, a choice), shown between the consequence and the reason.
    void addField(QWidget* field);

    // Shows the dialog; the reason when confirmed, an empty string when not.
    static QString ask(QWidget* parent, const QString& title, const QString& consequence, const QString& actionLabel);

private:
    void validate();

    QLineEdit* m_reason;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
