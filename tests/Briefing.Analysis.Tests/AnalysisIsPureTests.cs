namespace Briefing.Analysis.Tests;

public class AnalysisIsPureTests
{
    // The analysis library must stay free of storage, web and UI frameworks so it is fast and testable alone.
    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("MudBlazor")]
    [InlineData("ClosedXML")]
    [InlineData("DocumentFormat.OpenXml")]
    public void Analysis_assembly_does_not_reference(string forbiddenPrefix)
    {
        var references = typeof(TextNormalizer).Assembly.GetReferencedAssemblies();
        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, r => r.Name!.StartsWith(forbiddenPrefix, StringComparison.OrdinalIgnoreCase));
    }
}
