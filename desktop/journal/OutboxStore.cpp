#include "journal/OutboxStore.h"

#include <QAtomicInteger>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ejournal-outbox-%1").arg(++counter);
}
} // namespace

OutboxStore::OutboxStore(const QString& databasePath)
    : m_connectionName(nextConnectionName())
{
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath())) {
        fail(tr("Cannot create the folder of %1.").arg(databasePath));
        return;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(databasePath);
    if (!m_db.open()) {
        fail(tr("Cannot open %1: %2").arg(databasePath, m_db.lastError().text()));
        return;
    }
    QSqlQuery query(m_db);
    // Every statement commits on its own; FULL sync keeps an acknowledged enqueue on disk.
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pending_edit ("
                                   "id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                   "op TEXT NOT NULL, "
                                   "args BLOB NOT NULL, "
                                   "assignment_id INTEGER NOT NULL DEFAULT 0, "
                                   "created_at TEXT NOT NULL)"))) {
        fail(tr("Cannot prepare %1: %2").arg(databasePath, query.lastError().text()));
        return;
    }
    m_open = true;
}

OutboxStore::~OutboxStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool OutboxStore::fail(const QString& what)
{
    m_error = what;
    qWarning().noquote() << "outbox:" << what;
    return false;
}

QList<PendingEdit> OutboxStore::all()
{
    QList<PendingEdit> edits;
    if (!m_open)
        return edits;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, op, args, assignment_id, created_at FROM pending_edit ORDER BY id"))) {
        fail(query.lastError().text());
        return edits;
    }
    while (query.next()) {
        PendingEdit edit;
        edit.localId = query.value(0).toLongLong();
        edit.op = query.value(1).toString();
        edit.args = QCborValue::fromCbor(query.value(2).toByteArray()).toMap();
        edit.assignmentId = query.value(3).toLongLong();
        edit.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        edits.append(edit);
    }
    return edits;
}

qint64 OutboxStore::append(const PendingEdit& edit)
{
    if (!m_open)
        return 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO pending_edit (op, args, assignment_id, created_at) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(edit.op);
    query.addBindValue(edit.args.toCborValue().toCbor());
    query.addBindValue(edit.assignmentId);
    query.addBindValue(edit.createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        fail(query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool OutboxStore::updateArgs(qint64 localId, const QCborMap& args)
{
    if (!m_open)
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE pending_edit SET args = ? WHERE id = ?"));
    query.addBindValue(args.toCborValue().toCbor());
    query.addBindValue(localId);
    return query.exec() || fail(query.lastError().text());
}

bool OutboxStore::remove(qint64 localId)
{
    if (!m_open)
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM pending_edit WHERE id = ?"));
    query.addBindValue(localId);
    return query.exec() || fail(query.lastError().text());
}
