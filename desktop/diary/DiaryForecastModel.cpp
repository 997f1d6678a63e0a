#include "diary/DiaryForecastModel.h"

#include "diary/DiaryColours.h"
#include "diary/DiaryWeekModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

DiaryForecastModel::DiaryForecastModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DiaryForecastModel::setForecasts(const QList<DiaryForecast>& forecasts)
{
    beginResetModel();
    m_forecasts = forecasts;
    endResetModel();
}

int DiaryForecastModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_forecasts.size());
}

int DiaryForecastModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiaryForecastModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiaryForecast& forecast = m_forecasts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return forecast.subject;
        case AverageColumn:
            return QLocale().toString(forecast.average, 'f', 2);
        case ForecastColumn:
            return forecast.forecast;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == SubjectColumn ? QVariant() : QVariant(int(Qt::AlignCenter));
    case Qt::FontRole:
        if (index.column() == ForecastColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ForecastColumn && DiaryWeekModel::isLowMark(forecast.forecast))
            return QBrush(DiaryColours::lowMark());
        return {};
    default:
        return {};
    }
}

QVariant DiaryForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case AverageColumn:
        return tr("Average");
    case ForecastColumn:
        return tr("Forecast");
    default:
        return {};
    }
}
