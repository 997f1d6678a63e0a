#include "school/PersonListModel.h"

#include <algorithm>

PersonListModel::PersonListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void PersonListModel::setPeople(const QList<Person>& people)
{
    beginResetModel();
    m_people = people;
    std::stable_sort(m_people.begin(), m_people.end(),
                     [](const Person& a, const Person& b) { return a.order < b.order; });
    endResetModel();
}

QList<qint64> PersonListModel::ids() const
{
    QList<qint64> list;
    for (const Person& person : m_people)
        list.append(person.id);
    return list;
}

PersonListModel::Person PersonListModel::take(int row)
{
    if (row < 0 || row >= m_people.size())
        return {};
    beginRemoveRows({}, row, row);
    const Person person = m_people.takeAt(row);
    endRemoveRows();
    return person;
}

void PersonListModel::insert(const Person& person)
{
    const auto at =
        std::upper_bound(m_people.begin(), m_people.end(), person,
                         [](const Person& a, const Person& b) { return a.order < b.order; });
    const int row = int(at - m_people.begin());
    beginInsertRows({}, row, row);
    m_people.insert(row, person);
    endInsertRows();
}

int PersonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant PersonListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& person = m_people.at(index.row());
    if (role == Qt::DisplayRole)
        return person.name;
    if (role == Qt::UserRole)
        return person.id;
    return {};
}
