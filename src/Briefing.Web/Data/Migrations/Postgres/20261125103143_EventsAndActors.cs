using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefing.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EventsAndActors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "QuoteField",
                table: "EventSources",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "QuoteLength",
                table: "EventSources",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatuteKey",
                table: "Events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Adjectives",
                table: "Actors",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "AffiliationKey",
                table: "Actors",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Capital",
                table: "Actors",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAdvisoryBody",
                table: "Actors",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "Metonyms",
                table: "Actors",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "Titles",
                table: "Actors",
                type: "text[]",
                nullable: false);

            migrationBuilder.CreateIndex(
                name: "IX_Events_StatuteKey",
                table: "Events",
                column: "StatuteKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_StatuteKey",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "QuoteField",
                table: "EventSources");

            migrationBuilder.DropColumn(
                name: "QuoteLength",
                table: "EventSources");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "StatuteKey",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Adjectives",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "AffiliationKey",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "Capital",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "IsAdvisoryBody",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "Metonyms",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "Titles",
                table: "Actors");
        }
    }
}
