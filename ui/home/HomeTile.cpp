#include <ui/home/HomeTile.h>

#include <ui/common/Sparkline.h>

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

HomeTile::HomeTile(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title))
    , m_figure(new QLabel(QStringLiteral("…")))
    , m_detail(new QLabel)
    , m_sparkline(new Sparkline)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    setMinimumSize(240, 130);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont figureFont = m_figure->font();
    figureFont.setPointSizeF(figureFont.pointSizeF() * 1.9);
    figureFont.setBold(true);
    m_figure->setFont(figureFont);
    m_figure->setObjectName(QStringLiteral("figure"));
    m_detail->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setTextFormat(Qt::PlainText); // tenant names are data, never markup
    m_sparkline->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_figure);
    layout->addWidget(m_sparkline);
    layout->addWidget(m_detail, 1, Qt::AlignTop);
}

void HomeTile::setFigure(const QString& figure, Tone tone)
{
    m_tone = tone;
    m_figure->setText(figure);
    // Colour only adds to the words (the detail says what is wrong); the palette's own text when calm.
    if (tone == Tone::Calm) {
        m_figure->setPalette(QPalette()); // inherits: follows a light or dark palette as it changes
    } else {
        QPalette palette = this->palette();
        palette.setColor(QPalette::WindowText,
                         tone == Tone::Problem ? QColor(0xe5, 0x39, 0x35) : QColor(0xe0, 0x8a, 0x00));
        m_figure->setPalette(palette);
    }
    setAccessibleDescription(figure + u' ' + m_detail->text());
}

void HomeTile::setDetail(const QString& detail)
{
    m_detail->setText(detail);
    setAccessibleDescription(m_figure->text() + u' ' + detail);
}

void HomeTile::setError(const QString& error)
{
    setFigure(QStringLiteral("—"), Tone::Warning);
    setDetail(error);
    m_sparkline->hide();
}

void HomeTile::setSparkline(const QVector<qint64>& values)
{
    m_sparkline->setValues(values);
    m_sparkline->setVisible(!values.isEmpty());
}

QString HomeTile::figure() const
{
    return m_figure->text();
}

QString HomeTile::detail() const
{
    return m_detail->text();
}

void HomeTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void HomeTile::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}
