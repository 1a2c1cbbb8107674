using Briefing.Web.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServer))]
