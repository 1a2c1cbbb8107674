namespace Briefing.Web.Data.Entities;

/// <summary>
/// A curated row guarded by an app-managed concurrency token: SQLite ignores IsRowVersion, so the context
/// stamps a new <see cref="Version"/> on every update and EF refuses a save whose original version is stale.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
