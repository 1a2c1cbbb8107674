using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefing.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RulesAndDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TopicRules_TopicId",
                table: "TopicRules");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTopics_TopicId_PublishedAt",
                table: "ArticleTopics");

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "TopicRules",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedDate",
                table: "Articles",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateIndex(
                name: "IX_TopicRules_TopicId_Key",
                table: "TopicRules",
                columns: new[] { "TopicId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId_IsExcluded_PublishedAt",
                table: "ArticleTopics",
                columns: new[] { "TopicId", "IsExcluded", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TopicRules_TopicId_Key",
                table: "TopicRules");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTopics_TopicId_IsExcluded_PublishedAt",
                table: "ArticleTopics");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "TopicRules");

            migrationBuilder.DropColumn(
                name: "PublishedDate",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_TopicRules_TopicId",
                table: "TopicRules",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId_PublishedAt",
                table: "ArticleTopics",
                columns: new[] { "TopicId", "PublishedAt" });
        }
    }
}
