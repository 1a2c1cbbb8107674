using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefing.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Lets the trigram index merge its segments only when 16 of them have piled up at a level (FTS5's 'automerge',
    /// default 4). Each committed chunk of articles is flushed as a new segment, and with the default every few flushes
    /// were merged again and again: indexing 100k articles took 17.4 s, and 14.2 s with this setting, while queries
    /// took as long (docs/benchmarks.md). The setting is stored in the index's own config table, so it holds for every
    /// connection, trigger and FTS5 'rebuild' (a migration that drops and creates the table must set it again).
    /// </summary>
    public partial class SearchIndexFewerMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES ('automerge', 16);");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES ('automerge', 4);");
    }
}
