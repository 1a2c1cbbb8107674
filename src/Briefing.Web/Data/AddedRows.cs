using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Briefing.Web.Data.Entities;

namespace Briefing.Web.Data;

/// <summary>
/// Writes entities that are tracked as Added with one prepared INSERT per type, then marks them Unchanged with their
/// generated keys, so EF Core fixes up dependents' foreign keys and the following SaveChanges writes only the rest.
/// Columns, names and value conversions come from the EF model and its type mappings, as in EF's own INSERT.
/// Why: a bulk import stores thousands of wide rows, and EF's per-entity work for them (modification commands,
/// change detection, result propagation) cost more than SQLite's insert itself. Must run inside the caller's
/// transaction, so a failure rolls back with the rest of the batch.
/// </summary>
public static class AddedRows
{
    public static void Insert<TEntity>(BriefingDbContext db, IReadOnlyCollection<TEntity> entities) where TEntity : class
    {
        if (entities.Count == 0)
            return;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("AddedRows.Insert runs inside the caller's transaction.");
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var key = entityType.FindPrimaryKey()!.Properties;
        var generated = key is [{ ValueGenerated: ValueGenerated.OnAdd } single] ? single : null;
        var columns = entityType.GetProperties().Where(p => p != generated).ToList();
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var versioned = typeof(IVersioned).IsAssignableFrom(typeof(TEntity));

        using DbCommand command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})" +
            (generated is null ? "" : $" RETURNING {sql.DelimitIdentifier(generated.GetColumnName(table)!)}");
        // One set of parameters, made by the type mappings as EF makes them; each row sets only their values.
        var parameters = new DbParameter[columns.Count];
        for (var i = 0; i < columns.Count; i++)
            command.Parameters.Add(parameters[i] = mappings[i].CreateParameter(command, "@p" + i, null, columns[i].IsNullable));
        foreach (var entity in entities)
        {
            var entry = db.Entry(entity);
            if (entry.State != EntityState.Added)
                throw new InvalidOperationException($"Only added entities are inserted; this {typeof(TEntity).Name} is {entry.State}.");
            var version = versioned ? entry.Property(nameof(IVersioned.Version)) : null;
            if (version is not null)
                version.CurrentValue = Guid.NewGuid(); // what SaveChanges would stamp
            var values = entry.CurrentValues;
            for (var i = 0; i < columns.Count; i++)
                parameters[i].Value = ProviderValue(mappings[i], values[columns[i]]);
            if (generated is null)
                command.ExecuteNonQuery();
            else
                entry.Property(generated.Name).CurrentValue = Convert.ChangeType(command.ExecuteScalar(), generated.ClrType);
            entry.State = EntityState.Unchanged;
            // A concurrency token keeps the original value it was added with; it is now the stored one.
            if (version is not null)
                version.OriginalValue = version.CurrentValue;
        }
    }

    // What RelationalTypeMapping.CreateParameter binds for a value: converted to the provider's type, null as DBNull.
    private static object ProviderValue(RelationalTypeMapping mapping, object? value) =>
        (mapping.Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
}
