using Briefing.E2E.Infrastructure;

[assembly: AssemblyFixture(typeof(BrowserFixture))]
// One browser, one app per class; classes run one after another to keep the 2-core machine responsive.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
