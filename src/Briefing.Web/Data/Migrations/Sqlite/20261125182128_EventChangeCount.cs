using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefing.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// A counter that every write to the event tables a filing reads (events, their actors, their topics) bumps, through
    /// triggers, whoever writes: a bulk import keeps its event candidates from one batch to the next only while the
    /// counter says nobody else has written (<see cref="Features.Events.EventCandidateCache"/>).
    /// </summary>
    public partial class EventChangeCount : Migration
    {
        private static readonly string[] Tables = ["Events", "EventActors", "EventTopics"];
        private static readonly string[] Writes = ["INSERT", "UPDATE", "DELETE"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE EventChangeCount (Id INTEGER NOT NULL PRIMARY KEY, Value INTEGER NOT NULL);");
            migrationBuilder.Sql("INSERT INTO EventChangeCount (Id, Value) VALUES (1, 0);");
            foreach (var table in Tables)
                foreach (var write in Writes)
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER {table}_count_{write.ToLowerInvariant()} AFTER {write} ON {table}
                        BEGIN UPDATE EventChangeCount SET Value = Value + 1 WHERE Id = 1; END;
                        """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
                foreach (var write in Writes)
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_count_{write.ToLowerInvariant()};");
            migrationBuilder.Sql("DROP TABLE IF EXISTS EventChangeCount;");
        }
    }
}
