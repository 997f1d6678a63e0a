#pragma once

#include "diary/DiaryWeek.h"

#include <QAbstractTableModel>

// The forecast of each subject's period mark from the weighted average (R16).
class DiaryForecastModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SubjectColumn,
        AverageColumn,
        ForecastColumn,
        ColumnCount
    };

    explicit DiaryForecastModel(QObject* parent = nullptr);

    void setForecasts(const QList<DiaryForecast>& forecasts);
    const QList<DiaryForecast>& forecasts() const { return m_forecasts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DiaryForecast> m_forecasts;
};
