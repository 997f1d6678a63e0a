#pragma once

#include "models/RecordTableModel.h"

// Columns of the structure tables: a wire key shown as text, a date or a number.
namespace RecordColumns {
RecordTableModel::Column text(const QString& title, const QString& key);
RecordTableModel::Column date(const QString& title, const QString& key);
RecordTableModel::Column number(const QString& title, const QString& key);
} // namespace RecordColumns
