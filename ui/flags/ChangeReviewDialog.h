#pragma once

#include <models/plans/AiConfigRepository.h>

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;

// Before a flag or an AI configuration is saved or rolled back: every changed field with its value now and
// after, the tenants it reaches (all of them counted, the first ones named, with the flag's value before
// and after when it is a flag), and the reason for the audit log.
class ChangeReviewDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString field;
        QString now;
        QString after;
    };

    ChangeReviewDialog(const QString& title,
                       const QVector<Row>& diff,
                       const TenantReach& reach,
                       bool showFlagValues,
                       const QString& consequence,
                       const QString& actionLabel,
                       QWidget* parent);
    QString reason() const;
    void setReason(const QString& reason);

    // Opens the review over `parent` (window-modal, gone when closed); `confirmed` gets the reason once the
    // user saves, nothing happens on Cancel.
    static ChangeReviewDialog* openFor(QWidget* parent,
                                       const QString& title,
                                       const QVector<Row>& diff,
                                       const TenantReach& reach,
                                       bool showFlagValues,
                                       const QString& consequence,
                                       const QString& actionLabel,
                                       const std::function<void(const QString& reason)>& confirmed);

private:
    QLineEdit* m_reason;
    QPushButton* m_save;
};
