#pragma once

#include <QAbstractListModel>

// People (students) by name in a fixed order, moved one row at a time between two lists
// of the subgroup members editor; Qt::UserRole holds the id.
class PersonListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Person
    {
        qint64 id = 0;
        QString name;
        int order = 0; // the place in the class list, kept when moving between lists
    };

    explicit PersonListModel(QObject* parent = nullptr);

    void setPeople(const QList<Person>& people);
    const QList<Person>& people() const { return m_people; }
    QList<qint64> ids() const;
    // Removes the row and returns its person.
    Person take(int row);
    // Inserts at the place its order gives.
    void insert(const Person& person);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_people;
};
