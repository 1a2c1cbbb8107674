using System.Xml.Linq;

namespace Briefing.Web.Features.Briefs.Workbook;

/// <summary>
/// Makes equal content give equal bytes. System.IO.Packaging stamps every zip entry with the current time, names the
/// core-properties part with a random GUID and gives package relationships random ids; these fixes remove all three
/// (core properties move to the conventional docProps/core.xml; entries get the brief's generation time).
/// </summary>
internal static class DeterministicPackage
{
    public const string CorePropertiesName = "docProps/core.xml";
    private const string CorePropertiesContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    public static bool IsRandomCorePropertiesName(string partName) =>
        partName.EndsWith(".psmdcp", StringComparison.OrdinalIgnoreCase);

    /// <summary>Zip (DOS) times run from 1980 to 2107 in two-second steps.</summary>
    public static DateTimeOffset ZipTimestamp(DateTime utc)
    {
        var clamped = utc < new DateTime(1980, 1, 1) ? new DateTime(1980, 1, 1)
            : utc > new DateTime(2107, 12, 31) ? new DateTime(2107, 12, 31) : utc;
        var even = new DateTime(clamped.Year, clamped.Month, clamped.Day, clamped.Hour, clamped.Minute, clamped.Second / 2 * 2);
        return new DateTimeOffset(even, TimeSpan.Zero);
    }

    /// <summary>Registers docProps/core.xml (dropping the .psmdcp default) and any <paramref name="overrides"/> (part, content type).</summary>
    public static byte[] FixContentTypes(byte[] bytes, bool movedCoreProperties, IEnumerable<(string Part, string ContentType)> overrides)
    {
        var doc = PackageXml.Parse(bytes);
        var types = doc.Root!;
        var added = overrides.ToList();
        if (movedCoreProperties)
        {
            types.Elements(PackageXml.ContentTypes + "Default")
                .Where(d => string.Equals((string?)d.Attribute("Extension"), "psmdcp", StringComparison.OrdinalIgnoreCase))
                .Remove();
            added.Insert(0, (CorePropertiesName, CorePropertiesContentType));
        }
        foreach (var (part, contentType) in added)
        {
            types.Add(new XElement(PackageXml.ContentTypes + "Override",
                new XAttribute("PartName", "/" + part),
                new XAttribute("ContentType", contentType)));
        }
        return PackageXml.Serialize(doc);
    }

    /// <summary>Package-level relationship ids are referenced by nothing else, so renumbering them is safe.</summary>
    public static byte[] FixPackageRelationships(byte[] bytes, string? oldCoreName)
    {
        var doc = PackageXml.Parse(bytes);
        var relationships = doc.Root!.Elements(PackageXml.Relationships + "Relationship").ToList();
        for (var i = 0; i < relationships.Count; i++)
        {
            var relationship = relationships[i];
            relationship.SetAttributeValue("Id", $"rId{i + 1}");
            var target = ((string?)relationship.Attribute("Target"))?.TrimStart('/');
            if (oldCoreName is not null && target == oldCoreName)
                relationship.SetAttributeValue("Target", "/" + CorePropertiesName);
        }
        return PackageXml.Serialize(doc);
    }
}
