#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

// Wraps a page's content with its loading, empty and error states, so every page shows one of the
// four plainly and the error state offers a retry.
class StatePanel : public QStackedWidget
{
    Q_OBJECT

public:
    explicit StatePanel(QWidget* content, QWidget* parent = nullptr);

    void showContent();
    void showLoading(const QString& text);
    void showEmpty(const QString& text);
    void showError(const QString& text);
    QString currentMessage() const;
    bool isShowingContent() const { return currentWidget() == m_content; }

signals:
    void retryRequested();

private:
    QWidget* m_content;
    QWidget* m_messagePage;
    QLabel* m_message;
    QPushButton* m_retry;
};
