using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefing.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ArticleDateIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_ImportedAt",
                table: "Articles",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedDate",
                table: "Articles",
                column: "PublishedDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_ImportedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_PublishedDate",
                table: "Articles");
        }
    }
}
