#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

// Long work in the status bar: what is running, how far it is, and a Cancel button. One piece of work
// at a time; starting another while one runs is refused, so nothing is cancelled by surprise.
class StatusProgress : public QWidget
{
    Q_OBJECT

public:
    explicit StatusProgress(QWidget* parent = nullptr);

    // false: other work is running (busyTitle() says what).
    bool begin(const QString& title, std::function<void()> cancel);
    void update(int done, int total, const QString& step);
    void finish();
    bool isBusy() const { return m_busy; }
    QString busyTitle() const { return m_title; }
    QString text() const;
    QPushButton* cancelButton() const { return m_cancel; }

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    std::function<void()> m_onCancel;
    QString m_title;
    bool m_busy = false;
};
