#include <ui/common/ChartStyle.h>
#include <ui/usage/UsageChart.h>

#include <QApplication>
#include <QChart>
#include <QTest>

#include <memory>

// Charts follow the system palette: a dark window gets a dark chart, a light one a light chart (Qt
// Charts paints its own background, so without this a chart glares white in a dark desktop).
class TestChartStyle : public QObject
{
    Q_OBJECT

    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1a));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        return dark;
    }

    static std::unique_ptr<QChart> monthChart()
    {
        QuotaForecast forecast;
        forecast.monthToDate = 1000;
        forecast.included = 5000;
        forecast.cumulative = {{QDate(2026, 12, 1), 1000}};
        return std::unique_ptr<QChart>(UsageChart::buildMonth(forecast, QDate(2026, 12, 2)));
    }

private slots:
    void aDarkPaletteGetsDarkCharts()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QVERIFY(ChartStyle::isDark(QApplication::palette()));
        auto chart = monthChart();
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        QCOMPARE(chart->titleBrush().color(), darkPalette().color(QPalette::Text));
        QApplication::setPalette(original);
    }

    void aLightPaletteGetsLightCharts()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf5));
        light.setColor(QPalette::Base, Qt::white);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(light);
        QVERIFY(!ChartStyle::isDark(QApplication::palette()));
        auto chart = monthChart();
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
        QCOMPARE(chart->backgroundBrush().color(), QColor(Qt::white));
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestChartStyle)
#include "TestChartStyle.moc"
